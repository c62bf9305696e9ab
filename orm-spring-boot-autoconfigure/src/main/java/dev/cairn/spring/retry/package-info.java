/**
 * Retrying {@code @Transactional} methods that the database aborted with a transient error through
 * Spring Framework's own retry support: {@link dev.cairn.spring.retry.CairnRetryable} (a
 * {@code @Retryable} that targets Cairn's transient failures), {@link
 * dev.cairn.spring.retry.CairnRetryPredicate} for a {@code @Retryable} of one's own, and {@link
 * dev.cairn.spring.retry.TransactionRetrySupport}, which also tells failures during the commit
 * apart and counts retries.
 */
@NullMarked
package dev.cairn.spring.retry;

import org.jspecify.annotations.NullMarked;
