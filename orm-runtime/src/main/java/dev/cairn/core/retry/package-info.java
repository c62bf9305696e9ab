/**
 * Retrying transactions that the database aborted with a transient error: {@link
 * dev.cairn.core.retry.RetryPolicy} decides which failures are worth another attempt (deadlocks,
 * serialization failures, Galera certification conflicts, connections lost before the commit), how
 * many attempts to make and how long to back off between them.
 */
@NullMarked
package dev.cairn.core.retry;

import org.jspecify.annotations.NullMarked;
