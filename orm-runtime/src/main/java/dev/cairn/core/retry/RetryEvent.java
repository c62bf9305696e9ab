package dev.cairn.core.retry;

import dev.cairn.core.ErrorKind;
import java.time.Duration;

/**
 * One retry as {@link RetryListener}s see it.
 *
 * @param what what is retried ("transaction", or what the caller named)
 * @param failedAttempt the attempt that failed, from 1; the next one is {@code failedAttempt + 1}
 * @param kind the kind of transient failure that made it retry ({@code OTHER} for a failure retried
 *     because of its type, {@link RetryPolicy.Builder#retryOnType})
 * @param failure the failure of the attempt
 * @param backoff how long the policy waits before the next attempt
 */
public record RetryEvent(
    String what, int failedAttempt, ErrorKind kind, RuntimeException failure, Duration backoff) {}
