package dev.cairn.orm.internal.loading;

import org.jspecify.annotations.Nullable;

/**
 * {@code Load.selectin}: right after the result, the collections of every instance load with one
 * {@code IN (...)} statement per chunk of keys.
 */
final class SelectinLoader implements CollectionLoader {

  @Override
  public Batch afterResult(
      Loading loading,
      Batch owners,
      Link link,
      LoadPlan.@Nullable Step step,
      @Nullable JoinedLoad<?> joined,
      boolean primary) {
    loading.install(owners, link, step, null, primary);
    return loading.loadCollections(owners.entities(), link);
  }
}
