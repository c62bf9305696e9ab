package dev.cairn.core;

import java.sql.SQLException;

/**
 * The connection failed while the database was committing, so nobody knows whether the transaction
 * was committed or rolled back. Unlike a failure before the commit, running the transaction again
 * could apply its changes twice, so Cairn's retry does not do it unless told to ({@code
 * RetryPolicy.Builder.retryUnknownCommitOutcome(true)}, for work that is idempotent). Check whether
 * the changes are in the database before doing anything else.
 */
public class CommitOutcomeUnknownException extends ConnectionFailureException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code failure}, the connection failure raised by the commit. */
  public CommitOutcomeUnknownException(ConnectionFailureException failure) {
    super(
        "The connection failed during COMMIT, so it is unknown whether the transaction was"
            + " committed; it was not retried. Check whether its changes are in the database, or"
            + " make the work idempotent and allow RetryPolicy.Builder.retryUnknownCommitOutcome(true)."
            + " Cause: "
            + failure.getMessage(),
        "COMMIT",
        failure.getCause() instanceof SQLException sql ? sql : null);
  }
}
