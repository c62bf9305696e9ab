package dev.cairn.core.retry;

/**
 * Told about every retry a {@link RetryPolicy} makes, before it backs off: count retries in a
 * metric, log them. Called on the retrying thread; keep it fast and do not throw.
 */
@FunctionalInterface
public interface RetryListener {

  /** Called after attempt {@code event.failedAttempt()} failed and before the back-off. */
  void beforeRetry(RetryEvent event);
}
