package dev.cairn.core.retry;

import dev.cairn.core.CairnException;
import dev.cairn.core.CommitOutcomeUnknownException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.RetriesExhaustedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One {@link RetryPolicy#execute} run: the attempts, their failures, the back-offs between. */
final class Attempts {

  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.retry");

  private final RetryPolicy policy;
  private final String what;
  private final long started = System.nanoTime();
  private final List<RuntimeException> failures = new ArrayList<>(0);

  Attempts(RetryPolicy policy, String what) {
    this.policy = policy;
    this.what = what;
  }

  <R> R run(Supplier<R> attempt) {
    for (int number = 1; ; number++) {
      try {
        return attempt.get();
      } catch (RuntimeException failure) {
        ErrorKind kind = policy.retryableKind(failure);
        if (kind == null) {
          failures.forEach(failure::addSuppressed);
          throw failure;
        }
        if (number >= policy.maxAttempts()) {
          throw exhausted(number, failure);
        }
        failures.add(failure);
        backOff(new RetryEvent(what, number, kind, failure, policy.backoff(number)));
      }
    }
  }

  private RuntimeException exhausted(int attempts, RuntimeException last) {
    if (attempts == 1) {
      return last;
    }
    RetriesExhaustedException exhausted =
        new RetriesExhaustedException(
            what, attempts, Duration.ofNanos(System.nanoTime() - started), last);
    failures.forEach(exhausted::addSuppressed);
    return exhausted;
  }

  private void backOff(RetryEvent event) {
    if (event.failure() instanceof CommitOutcomeUnknownException unknown) {
      LOG.warn(
          "Retrying a {} whose connection failed during COMMIT, so its attempt {} may have"
              + " committed (allowed by retryUnknownCommitOutcome): {}",
          event.what(),
          event.failedAttempt(),
          unknown.getCause() == null ? unknown.getMessage() : unknown.getCause().getMessage());
    } else if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Attempt {} of the {} failed ({}); retrying in {} ms: {}",
          event.failedAttempt(),
          event.what(),
          event.kind(),
          event.backoff().toMillis(),
          event.failure().getMessage());
    }
    for (RetryListener listener : policy.listeners()) {
      listener.beforeRetry(event);
    }
    try {
      Thread.sleep(event.backoff().toMillis(), event.backoff().toNanosPart() % 1_000_000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      CairnException stopped =
          new CairnException(
              "Interrupted while backing off before retrying the "
                  + event.what()
                  + " after attempt "
                  + event.failedAttempt()
                  + "; the failure of that attempt is the cause",
              event.failure());
      stopped.addSuppressed(interrupted);
      throw stopped;
    }
  }
}
