package dev.cairn.core;

import java.time.Duration;

/**
 * A transaction failed with a transient error on every attempt its retry policy allowed. The cause
 * is the last attempt's failure (catch it by its kind: {@code getCause() instanceof
 * DeadlockException}); the earlier attempts' failures are suppressed exceptions. Lower the
 * contention on the rows involved, or allow more attempts.
 */
public class RetriesExhaustedException extends CairnException {

  private static final long serialVersionUID = 1L;

  private final int attempts;
  private final Duration elapsed;

  /**
   * Creates the exception.
   *
   * @param what what was retried, for the message (e.g. "transaction")
   * @param attempts how many attempts were made, all of them failed
   * @param elapsed the time from the first attempt's start to the last one's failure
   * @param lastFailure the last attempt's failure
   */
  public RetriesExhaustedException(
      String what, int attempts, Duration elapsed, RuntimeException lastFailure) {
    super(
        "The "
            + what
            + " failed on all "
            + attempts
            + " attempts in "
            + elapsed.toMillis()
            + " ms, each time with a transient error (the last: "
            + lastFailure.getClass().getSimpleName()
            + "); reduce the contention on the rows involved, or allow more attempts with"
            + " RetryPolicy.Builder.maxAttempts. Last failure: "
            + lastFailure.getMessage(),
        lastFailure);
    this.attempts = attempts;
    this.elapsed = elapsed;
  }

  /** How many attempts were made; all of them failed. */
  public int attempts() {
    return attempts;
  }

  /** The time from the start of the first attempt to the failure of the last. */
  public Duration elapsed() {
    return elapsed;
  }

  /** The failure of the last attempt (the cause). */
  public RuntimeException lastFailure() {
    return (RuntimeException) getCause();
  }
}
