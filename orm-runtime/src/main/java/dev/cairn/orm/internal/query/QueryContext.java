package dev.cairn.orm.internal.query;

import dev.cairn.orm.internal.loading.LoadContext;
import dev.cairn.orm.internal.loading.Loading;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the query layer needs from a session besides loading: the mapping, its relationship loading,
 * the thread guard every terminal runs under, and hooks for streams and bulk statements.
 * Implemented by the session.
 */
public interface QueryContext extends LoadContext {

  /** The mapping of every entity class. */
  MappingModel mapping();

  /** The session's relationship loading. */
  Loading loading();

  /**
   * Runs {@code work} as a call of the session: under its thread guard (a second thread fails fast
   * instead of reaching the connection at the same time) and after checking it is open.
   */
  <R> R call(Supplier<R> work);

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

  /** What a bulk statement did. */
  enum BulkChange {
    UPDATED,
    DELETED
  }
}
