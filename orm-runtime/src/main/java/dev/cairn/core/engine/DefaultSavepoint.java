package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import java.util.function.Function;

/** A JDBC savepoint, valid while its transaction lasts and until rolled back or released. */
final class DefaultSavepoint implements Savepoint {

  private final DefaultConnection connection;
  private final java.sql.Savepoint savepoint;
  private final long generation;
  private boolean ended;

  DefaultSavepoint(DefaultConnection connection, java.sql.Savepoint savepoint, long generation) {
    this.connection = connection;
    this.savepoint = savepoint;
    this.generation = generation;
  }

  @Override
  public void rollback() {
    requireActive("roll back to");
    ended = true;
    connection.rollbackTo(savepoint);
  }

  @Override
  public void release() {
    requireActive("release");
    ended = true;
    connection.release(savepoint);
  }

  @Override
  public boolean isActive() {
    return !ended && !connection.isClosed() && connection.generation() == generation;
  }

  @Override
  public void close() {
    if (isActive()) {
      rollback();
    }
  }

  private void requireActive(String action) {
    if (!isActive()) {
      throw new CairnException(
          "Cannot "
              + action
              + " this savepoint: it was already rolled back or released, or its transaction"
              + " ended");
    }
  }

  /**
   * Runs {@code work} on {@code connection} under a new savepoint: released when it returns, rolled
   * back when it throws (a failed rollback is added to the exception as suppressed).
   */
  static <R> R around(DefaultConnection connection, Function<Connection, R> work) {
    Savepoint savepoint = connection.savepoint();
    R result;
    try {
      result = work.apply(connection);
    } catch (RuntimeException | Error e) {
      if (!connection.isClosed() && savepoint.isActive()) {
        try {
          savepoint.rollback();
        } catch (RuntimeException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
      }
      throw e;
    }
    savepoint.release();
    return result;
  }
}
