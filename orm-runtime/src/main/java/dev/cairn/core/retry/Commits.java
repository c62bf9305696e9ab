package dev.cairn.core.retry;

import dev.cairn.core.CommitOutcomeUnknownException;
import dev.cairn.core.ConnectionFailureException;

/**
 * Runs a commit so that a retry can tell a failure before the commit from one during it: a
 * connection that fails while the database commits leaves the outcome unknown, and becomes a {@link
 * CommitOutcomeUnknownException}, which {@link RetryPolicy} does not retry by default.
 */
public final class Commits {

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
    }
  }
}
