package dev.cairn.spring.retry;

import java.lang.reflect.Method;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.resilience.retry.MethodRetryPredicate;

/**
 * Spring's {@code @Retryable(predicate = CairnRetryPredicate.class)}: retries a method whose
 * transaction failed with one of Cairn's transient failures (a deadlock, a serialization failure, a
 * Galera certification conflict, a connection lost before the commit), whether it reaches the
 * method as a Cairn exception, a Spring {@code DataAccessException} that wraps one, or the
 * transaction manager's translation of a failed commit; never a method that runs inside an
 * enclosing transaction, nor one whose commit outcome is unknown. {@link CairnRetryable} uses it.
 */
public final class CairnRetryPredicate implements MethodRetryPredicate {

  private final TransactionRetrySupport support;

  /** A predicate with the default classification, for use outside an application context. */
  public CairnRetryPredicate() {
    this(new TransactionRetrySupport());
  }

  /** A predicate deciding through {@code support} (the application's bean). */
  @Autowired
  public CairnRetryPredicate(TransactionRetrySupport support) {
    this.support = support;
  }

  @Override
  public boolean shouldRetry(Method method, Throwable throwable) {
    return support.shouldRetry(
        throwable, method.getDeclaringClass().getSimpleName() + "." + method.getName());
  }
}
