package dev.cairn.spring;

import dev.cairn.orm.ManagedSession;
import dev.cairn.orm.SessionFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Flushes the current transaction's session before a {@code NESTED} transaction sets its savepoint,
 * so that rolling back to the savepoint discards exactly what changed inside the nested one, and
 * brings the session's objects back in line with the database right after that rollback. Register
 * it with the transaction manager (Boot attaches every such bean).
 */
public final class NestedTransactionFlusher implements TransactionExecutionListener {

  private final SessionFactory factory;

  /** A listener for the sessions of {@code factory}. */
  public NestedTransactionFlusher(SessionFactory factory) {
    this.factory = factory;
  }

  @Override
  public void beforeBegin(TransactionExecution transaction) {
    if (transaction.isNested()) {
      ManagedSession session = SpringSessions.bound(factory);
      if (session != null) {
        session.flush();
      }
    }
  }

  @Override
  public void afterRollback(TransactionExecution transaction, @Nullable Throwable failure) {
    if (transaction.isNested()) {
      // resolving the bound session applies the pending savepoint rollback to its objects
      SpringSessions.bound(factory);
    }
  }
}
