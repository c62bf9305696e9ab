package dev.cairn.orm.internal.loading;

import org.jspecify.annotations.Nullable;

/**
 * One loading strategy for collections (SQLAlchemy's {@code orm/strategies.py} loaders): what
 * happens to a collection relationship of a result's instances once the result is read. {@link
 * Loading} looks the loader up by the step's strategy.
 */
interface CollectionLoader {

  /**
   * Installs or adopts the collections of {@code link} in {@code owners} and loads what the
   * strategy loads now; returns the elements it loaded (to be processed with {@code next}), or
   * {@link Batch#EMPTY}.
   *
   * @param loading the session's loading
   * @param owners the instances of the result
   * @param link the collection relationship
   * @param step the plan's step for it, or null (the default)
   * @param joined the joined rows of the query, or null
   * @param primary whether the result is a query's own (its groups take over unloaded collections
   *     of instances already in the session) rather than the targets of references
   */
  Batch afterResult(
      Loading loading,
      Batch owners,
      Link link,
      LoadPlan.@Nullable Step step,
      @Nullable JoinedLoad<?> joined,
      boolean primary);
}
