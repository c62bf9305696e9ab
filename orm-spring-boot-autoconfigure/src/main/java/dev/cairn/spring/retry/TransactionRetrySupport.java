package dev.cairn.spring.retry;

import dev.cairn.core.ErrorKind;
import dev.cairn.core.dialect.ErrorClassifier;
import dev.cairn.core.dialect.SqlStateErrorClassifier;
import dev.cairn.core.retry.RetryPolicy;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.Retryable;
import org.springframework.resilience.retry.MethodRetryEvent;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decides, for Spring's retry support, whether a failed transaction runs again, and watches the
 * transactions to do it right: as a {@link TransactionExecutionListener} of the transaction manager
 * it notes a commit that failed (a connection lost then leaves the outcome unknown, which is not
 * retried unless {@link RetryPolicy#retryUnknownCommitOutcome()}), and counts a retry when the next
 * transaction begins on the thread; as a listener of {@code @Retryable}'s {@link MethodRetryEvent}s
 * and of a {@code RetryTemplate} it logs the attempts made when retries run out. The classification
 * (which kinds, which types) is a Cairn {@link RetryPolicy}'s; the attempts and back-off are
 * Spring's.
 */
public class TransactionRetrySupport
    implements TransactionExecutionListener, ApplicationListener<MethodRetryEvent>, RetryListener {

  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.retry");

  private final RetryPolicy classification;
  private final Supplier<ErrorClassifier> classifier;
  private final List<TransactionRetryObserver> observers;
  private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

  /** Support with the default classification and standard SQLStates, counting nothing. */
  public TransactionRetrySupport() {
    this(RetryPolicy.defaults(), SqlStateErrorClassifier::new, List.of());
  }

  /**
   * Support that retries what {@code classification} retries, classifies a driver's own {@code
   * SQLException} (a failed commit translated by the transaction manager) with {@code classifier}
   * (the engine dialect's), and tells {@code observers} about each retry.
   */
  public TransactionRetrySupport(
      RetryPolicy classification,
      Supplier<ErrorClassifier> classifier,
      List<TransactionRetryObserver> observers) {
    this.classification = classification;
    this.classifier = classifier;
    this.observers = List.copyOf(observers);
  }

  /**
   * Whether the invocation {@code what} that failed with {@code failure} should run again: when the
   * failure is transient, no transaction encloses the invocation (it could not be rolled back
   * alone), and the failure did not happen while the connection was committing.
   */
  public boolean shouldRetry(Throwable failure, String what) {
    State current = state.get();
    boolean commitOutcomeUnknown = current.commitFailed && current.commitRollbackFailed;
    boolean commitFailed = current.commitFailed;
    current.commitFailed = false;
    current.commitRollbackFailed = false;
    ErrorKind kind = kind(failure);
    if (commitFailed && (commitOutcomeUnknown || kind == ErrorKind.CONNECTION_FAILURE)) {
      if (!classification.retryUnknownCommitOutcome()) {
        LOG.warn(
            "Not retrying {}: the connection failed during COMMIT, so it is unknown whether the"
                + " transaction was committed; check whether its changes are in the database"
                + " (cairn.retry.retry-unknown-commit-outcome=true retries idempotent work): {}",
            what,
            failure.toString());
        return false;
      }
      LOG.warn(
          "Retrying {} although its connection failed during COMMIT, so it may have committed"
              + " (cairn.retry.retry-unknown-commit-outcome): {}",
          what,
          failure.toString());
      kind = ErrorKind.CONNECTION_FAILURE;
    }
    if (kind == null) {
      return false;
    }
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      LOG.debug("Not retrying {} inside an enclosing transaction: {}", what, failure.toString());
      return false;
    }
    current.pending = kind;
    return true;
  }

  /**
   * The kind of {@code failure}, or of the application's failure that a failed rollback replaced
   * ({@link TransactionSystemException#getApplicationException()}: after a lost connection the
   * rollback fails too, with an error that says less).
   */
  private @Nullable ErrorKind kind(Throwable failure) {
    if (failure instanceof TransactionSystemException system
        && system.getApplicationException() != null) {
      ErrorKind kind =
          classification.retryableKind(system.getApplicationException(), classifier.get());
      if (kind != null) {
        return kind;
      }
    }
    return classification.retryableKind(failure, classifier.get());
  }

  @Override
  public void beforeBegin(TransactionExecution transaction) {
    State current = state.get();
    current.commitFailed = false;
    current.commitRollbackFailed = false;
    current.committing = false;
    ErrorKind pending = current.pending;
    if (pending != null) {
      current.pending = null;
      for (TransactionRetryObserver observer : observers) {
        observer.retried(pending);
      }
    }
  }

  @Override
  public void beforeCommit(TransactionExecution transaction) {
    if (!transaction.isNested()) {
      state.get().committing = true;
    }
  }

  @Override
  public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
    State current = state.get();
    if (current.committing) {
      current.committing = false;
      current.commitFailed = commitFailure != null;
    }
  }

  /**
   * A rollback right after {@code beforeCommit}: the commit failed; when the rollback failed too,
   * the connection is gone and nobody knows whether the commit went through.
   */
  @Override
  public void afterRollback(TransactionExecution transaction, @Nullable Throwable rollbackFailure) {
    State current = state.get();
    if (current.committing) {
      current.committing = false;
      current.commitFailed = true;
      current.commitRollbackFailed = rollbackFailure != null;
    }
  }

  /** Retries of a {@code @Retryable} method ran out: names the attempts made. */
  @Override
  public void onApplicationEvent(MethodRetryEvent event) {
    if (event.isRetryAborted() && event.getFailure() instanceof RetryException exhausted) {
      gaveUp(
          event.getMethod().getDeclaringClass().getSimpleName() + "." + event.getMethod().getName(),
          exhausted);
    }
  }

  @Override
  public void onRetryPolicyExhaustion(
      org.springframework.core.retry.RetryPolicy policy,
      Retryable<?> retryable,
      RetryException exception) {
    gaveUp(retryable.getName(), exception);
  }

  @Override
  public void onRetryPolicyInterruption(
      org.springframework.core.retry.RetryPolicy policy,
      Retryable<?> retryable,
      RetryException exception) {
    state.get().pending = null;
  }

  @Override
  public void onRetryPolicyTimeout(
      org.springframework.core.retry.RetryPolicy policy,
      Retryable<?> retryable,
      RetryException exception) {
    gaveUp(retryable.getName(), exception);
  }

  private void gaveUp(String what, RetryException exhausted) {
    State current = state.get();
    boolean transientFailure = current.pending != null;
    current.pending = null;
    Throwable last = exhausted.getLastException();
    if (transientFailure && last != null) {
      LOG.warn(
          "{} failed on all {} attempts, each time with a transient error; the last: {}",
          what,
          exhausted.getRetryCount() + 1,
          last.toString());
    }
  }

  /** What happened on one thread since its last transaction began. */
  private static final class State {
    private boolean committing;
    private boolean commitFailed;
    private boolean commitRollbackFailed;
    private @Nullable ErrorKind pending;
  }
}
