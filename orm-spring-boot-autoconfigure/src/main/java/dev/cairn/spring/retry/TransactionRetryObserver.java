package dev.cairn.spring.retry;

import dev.cairn.core.ErrorKind;

/** Told about every retry of a transaction that {@link TransactionRetrySupport} sees (a metric). */
@FunctionalInterface
public interface TransactionRetryObserver {

  /** A transaction is about to run again after a transient failure of {@code kind}. */
  void retried(ErrorKind kind);
}
