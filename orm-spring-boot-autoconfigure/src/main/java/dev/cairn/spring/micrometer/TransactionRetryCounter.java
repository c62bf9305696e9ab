package dev.cairn.spring.micrometer;

import dev.cairn.core.ErrorKind;
import dev.cairn.core.retry.RetryEvent;
import dev.cairn.core.retry.RetryListener;
import dev.cairn.spring.retry.TransactionRetryObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts transactions run again after a transient failure: {@value #NAME}, tagged {@code kind}
 * ({@code deadlock}, which includes serialization failures and Galera certification conflicts,
 * {@code connection_failure}, {@code lock_timeout}, {@code timeout}, {@code other}). Fed by
 * Spring's retries ({@link TransactionRetryObserver}) and by Cairn's own {@code RetryPolicy}
 * ({@link RetryListener}).
 */
public final class TransactionRetryCounter implements TransactionRetryObserver, RetryListener {

  /** The name of the counter. */
  public static final String NAME = "cairn.transaction.retries";

  private final Map<ErrorKind, Counter> counters = new EnumMap<>(ErrorKind.class);

  /** A counter in {@code registry}, one series per kind. */
  public TransactionRetryCounter(MeterRegistry registry) {
    for (ErrorKind kind : ErrorKind.values()) {
      counters.put(
          kind,
          Counter.builder(NAME)
              .description("Transactions run again after a transient failure")
              .tag("kind", kind.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
  }

  @Override
  public void retried(ErrorKind kind) {
    counters.get(kind).increment();
  }

  @Override
  public void beforeRetry(RetryEvent event) {
    retried(event.kind());
  }
}
