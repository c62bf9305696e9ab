package dev.cairn.core.retry;

import dev.cairn.core.CommitOutcomeUnknownException;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.DatabaseException;
import dev.cairn.core.ErrorKind;
import java.sql.SQLException;

/**
 * Runs a commit so that a retry can tell a failure before the commit from one during it: a
 * connection that fails while the database commits leaves the outcome unknown, and becomes a {@link
 * CommitOutcomeUnknownException}, which {@link RetryPolicy} does not retry by default.
 */
public final class Commits {

  /**
   * SQLState 40003, "statement completion unknown": CockroachDB's "result is ambiguous", a commit
   * that may or may not have been applied.
   */
  static final String STATEMENT_COMPLETION_UNKNOWN = "40003";

  private Commits() {}

  /**
   * Runs {@code commit} (a {@code connection::commit} or {@code session::commit} whose pending
   * changes were already flushed); a connection failure it raises becomes a {@link
   * CommitOutcomeUnknownException}, other failures (a serialization failure or a Galera
   * certification conflict reported by the commit, which roll the transaction back) pass as they
   * are.
   */
  public static void run(Runnable commit) {
    try {
      commit.run();
    } catch (CommitOutcomeUnknownException e) {
      throw e;
    } catch (ConnectionFailureException e) {
      throw new CommitOutcomeUnknownException(e);
    } catch (DatabaseException e) {
      if (lostConnection(e) || STATEMENT_COMPLETION_UNKNOWN.equals(e.sqlState())) {
        throw new CommitOutcomeUnknownException(
            new ConnectionFailureException(
                e.getMessage() == null ? "Connection lost" : e.getMessage(),
                e.sql(),
                e.getCause() instanceof SQLException sql ? sql : null));
      }
      throw e;
    }
  }

  /**
   * Whether {@code failure} says the connection was lost: a connection failure, or SQLState {@code
   * 25S03} (ODBC's "transaction rolled back"), with which a driver that reconnected on its own (a
   * MariaDB failover URL) reports that the transaction in progress was lost.
   */
  static boolean lostConnection(DatabaseException failure) {
    return failure.kind() == ErrorKind.CONNECTION_FAILURE || "25S03".equals(failure.sqlState());
  }
}
