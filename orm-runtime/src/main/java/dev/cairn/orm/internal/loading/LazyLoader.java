package dev.cairn.orm.internal.loading;

import org.jspecify.annotations.Nullable;

/**
 * The default for collections: nothing is read with the result; the first access to any instance's
 * collection loads the collections of every instance of the result at once.
 */
final class LazyLoader implements CollectionLoader {

  @Override
  public Batch afterResult(
      Loading loading,
      Batch owners,
      Link link,
      LoadPlan.@Nullable Step step,
      @Nullable JoinedLoad<?> joined,
      boolean primary) {
    loading.install(owners, link, step, null, primary);
    return Batch.EMPTY;
  }
}
