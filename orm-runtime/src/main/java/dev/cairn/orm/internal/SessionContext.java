package dev.cairn.orm.internal;

import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Row;
import dev.cairn.orm.internal.loading.Links;
import dev.cairn.orm.internal.loading.SessionLoader;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the query layer needs from a session: the mapping, the connection of the current
 * transaction, autoflush, and turning rows into identity-mapped entities. Implemented by the
 * session; the seam between {@code internal.session} and {@code internal.query}.
 */
public interface SessionContext {

  /** The mapping of every entity class. */
  MappingModel mapping();

  /** The session's connection, beginning a transaction if none is active (autobegin). */
  Connection connection();

  /** Flushes pending changes if the session autoflushes (it does by default). */
  void autoflush();

  /**
   * The entity for a row whose columns {@code firstColumn .. firstColumn + n - 1} hold {@code
   * model}'s column properties in {@link EntityModel#columnProperties()} order: the instance
   * already in the identity map (whose unflushed changes win), or a new persistent one.
   */
  <T> T materialize(EntityModel<T> model, Row row, int firstColumn);

  /**
   * Detaches those of {@code entities} that are persistent, unchanged since loaded and have no
   * loaded collection, so a stream releases what it read once the caller moved on.
   */
  void releaseUnchanged(List<?> entities);

  /**
   * Tells the session that a bulk UPDATE or DELETE changed rows of {@code model} behind the
   * identity map, so it can bring its loaded instances in line (refresh updated, detach deleted).
   */
  void afterBulkChange(EntityModel<?> model, BulkChange change);

  /**
   * Runs {@code call} under the session's thread guard: while it runs, another thread calling the
   * session fails fast ("in use by thread") instead of reaching the same JDBC connection, where two
   * threads can block each other forever (issue 14). Re-entrant for the calling thread. Query
   * terminals, stream reads and lazy loads run their statements in it, not only their autoflush.
   * This default, for contexts without a guard, just runs it.
   */
  default <R> R guarded(Supplier<R> call) {
    return call.get();
  }

  /** The instance of {@code model} with entity key {@code key} in the identity map, or null. */
  default <T> @Nullable T cached(EntityModel<T> model, Object key) {
    return null;
  }

  /** Whether {@code entity} is in this session and the session is open. */
  default boolean attached(Object entity) {
    return true;
  }

  /** Whether loading a relationship on access is forbidden (strict loading). */
  default boolean strictLoading() {
    return false;
  }

  /**
   * At most this many owner keys go into one batch-loading {@code IN (...)} statement (the
   * dialect's bind parameter limit may lower it further).
   */
  default int loadBatchSize() {
    return 500;
  }

  /** The session's relationship loader (a session keeps one; this default makes a fresh one). */
  default SessionLoader loader() {
    return new SessionLoader(this, new Links(mapping()));
  }

  /**
   * Tells the session that loading put {@code value} into {@code relationship} of {@code entity},
   * so the unit of work does not take the fill for a change.
   */
  default void relationshipLoaded(
      Object entity, RelationshipModel relationship, @Nullable Object value) {}

  /** What a bulk statement did. */
  enum BulkChange {
    UPDATED,
    DELETED
  }
}
