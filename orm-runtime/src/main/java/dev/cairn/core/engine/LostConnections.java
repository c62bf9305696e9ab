package dev.cairn.core.engine;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.DatabaseException;
import dev.cairn.core.ErrorKind;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a lost connection behind a failure the driver did not classify. After a server restart
 * or a terminated backend the first call fails with the driver's connection error; the pool then
 * evicts the connection, and every later call on it (a commit, a rollback) fails with a plain
 * "Connection is closed" without SQLState. Such a failure on a connection that is closed or no
 * longer valid is a {@link ConnectionFailureException}.
 */
final class LostConnections {

  /** How long the validity check waits for the database to answer. */
  private static final int VALIDATION_SECONDS = 2;

  private LostConnections() {}

  /**
   * {@code failure}, or a {@link ConnectionFailureException} made from it when it is unclassified
   * and {@code jdbc} turns out to be dead.
   */
  static DatabaseException lost(java.sql.Connection jdbc, DatabaseException failure) {
    if (failure.kind() != ErrorKind.OTHER || usable(jdbc)) {
      return failure;
    }
    String message = String.valueOf(failure.getMessage());
    if (message.startsWith(ErrorTranslator.OTHER_HEADLINE)) {
      message = message.substring(ErrorTranslator.OTHER_HEADLINE.length());
    } else {
      message = ": " + message;
    }
    return new ConnectionFailureException(
        "The database connection was lost (it is closed or no longer valid)"
            + message
            + "; roll back and run the transaction again on a new connection",
        failure.sql(),
        failure.getCause() instanceof SQLException cause ? cause : null);
  }

  /**
   * {@code failure}, or null when it is a lost connection: a rollback or close of a dead connection
   * has nothing left to undo (the database discarded the transaction), so it raises no second
   * error, and the connection is released all the same.
   */
  static @Nullable DatabaseException unlessLost(DatabaseException failure) {
    return failure instanceof ConnectionFailureException ? null : failure;
  }

  /** {@code failure} of a COMMIT, saying what a lost connection means for the transaction. */
  static DatabaseException atCommit(DatabaseException failure) {
    if (!(failure instanceof ConnectionFailureException)) {
      return failure;
    }
    return failure.withContext(
        "COMMIT failed because the connection was lost; the database rolled the transaction back,"
            + " unless the connection broke after the COMMIT reached it");
  }

  /**
   * Gives {@code jdbc} back to {@code provider}. A connection found {@code lost} is evicted from a
   * HikariCP pool that has not noticed (the driver's error had no SQLState it knows), which closes
   * it at once, so that the pool does not hand it out again; any other is released as usual.
   */
  static void release(ConnectionProvider provider, java.sql.Connection jdbc, boolean lost)
      throws SQLException {
    HikariDataSource hikari = lost ? AcquireErrors.hikari(provider.dataSource()) : null;
    if (hikari != null
        && !jdbc.isClosed()
        && jdbc.getClass().getName().startsWith("com.zaxxer.hikari")) {
      hikari.evictConnection(jdbc);
    } else {
      provider.release(jdbc);
    }
  }

  /** Whether {@code jdbc} still works; asked only after a failure nobody classified. */
  private static boolean usable(java.sql.Connection jdbc) {
    try {
      return !jdbc.isClosed() && jdbc.isValid(VALIDATION_SECONDS);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
