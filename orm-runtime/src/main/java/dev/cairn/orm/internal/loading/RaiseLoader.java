package dev.cairn.orm.internal.loading;

import org.jspecify.annotations.Nullable;

/**
 * {@code Load.raise} (or {@code load = RAISE} on the mapping): the collections are installed
 * unloaded, and touching one raises.
 */
final class RaiseLoader implements CollectionLoader {

  @Override
  public Batch afterResult(
      Loading loading,
      Batch owners,
      Link link,
      LoadPlan.@Nullable Step step,
      @Nullable JoinedLoad<?> joined,
      boolean primary) {
    String reason =
        step == null ? "its mapping says load = RAISE" : "the query said " + step.option();
    loading.install(owners, link, step, reason, primary);
    return Batch.EMPTY;
  }
}
