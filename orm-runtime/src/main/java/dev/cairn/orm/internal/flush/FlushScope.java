package dev.cairn.orm.internal.flush;

import dev.cairn.core.engine.Connection;
import java.util.function.Consumer;

/**
 * Where a flush writes: the session's transaction decides how its statements are protected (a
 * savepoint that a failure rolls back to, or the whole transaction) so that a failed flush leaves
 * the database as it was.
 */
@FunctionalInterface
public interface FlushScope {

  /** Runs {@code writes} on the session's connection; a failure undoes them and propagates. */
  void write(Consumer<Connection> writes);
}
