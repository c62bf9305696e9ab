package dev.cairn.spring.retry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.resilience.annotation.Retryable;

/**
 * Spring Framework's {@link Retryable} for transactions: the method (or every method of the class)
 * runs again when its transaction fails with one of Cairn's transient failures ({@link
 * CairnRetryPredicate}), at most {@code cairn.retry.max-retries} times (default 4), backing off
 * from {@code cairn.retry.delay} (20 ms) by {@code cairn.retry.multiplier} (2) up to {@code
 * cairn.retry.max-delay} (1 s), with {@code cairn.retry.jitter} (10 ms) of random jitter. Put it
 * next to {@code @Transactional}: Spring applies the retry outside the transaction, so each attempt
 * has a new transaction and a new session. Needs {@code @EnableResilientMethods}.
 *
 * <pre>{@code
 * @CairnRetryable
 * @Transactional
 * public void transfer(long from, long to, long amount) { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(
    predicate = CairnRetryPredicate.class,
    maxRetriesString = "${cairn.retry.max-retries:4}",
    delayString = "${cairn.retry.delay:20ms}",
    multiplierString = "${cairn.retry.multiplier:2}",
    maxDelayString = "${cairn.retry.max-delay:1s}",
    jitterString = "${cairn.retry.jitter:10ms}")
public @interface CairnRetryable {}
