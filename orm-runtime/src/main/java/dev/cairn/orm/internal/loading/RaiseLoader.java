package dev.cairn.orm.internal.loading;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@code Load.raise}: the collections are installed unloaded, and touching one raises. */
final class RaiseLoader implements CollectionLoader {

  @Override
  public Batch afterResult(
      Loading loading,
      Batch owners,
      Link link,
      LoadPlan.@Nullable Step step,
      @Nullable JoinedLoad<?> joined,
      boolean primary) {
    loading.install(owners, link, step, Objects.requireNonNull(step).option(), primary);
    return Batch.EMPTY;
  }
}
