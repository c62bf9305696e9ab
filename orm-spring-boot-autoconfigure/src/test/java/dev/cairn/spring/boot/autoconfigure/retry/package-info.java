/** An application whose transactions are retried through Spring's {@code @Retryable}. */
@NullMarked
package dev.cairn.spring.boot.autoconfigure.retry;

import org.jspecify.annotations.NullMarked;
