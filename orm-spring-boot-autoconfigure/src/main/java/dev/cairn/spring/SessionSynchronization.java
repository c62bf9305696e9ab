package dev.cairn.spring;

import dev.cairn.orm.ManagedSession;
import dev.cairn.orm.SessionFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ties one {@link ManagedSession} to one Spring transaction: bound under its {@link SessionFactory}
 * as the transaction's resource, flushed before commit unless read-only, told the outcome after
 * completion, unbound while the transaction is suspended. Ordered just before the connection's own
 * synchronization.
 */
final class SessionSynchronization implements TransactionSynchronization {

  /** Runs before the JDBC connection's synchronization, as JPA's does. */
  static final int ORDER = DataSourceUtils.CONNECTION_SYNCHRONIZATION_ORDER - 100;

  private final SessionFactory factory;
  private final ManagedSession session;
  private final ExceptionTranslation translation;
  private boolean resync;

  SessionSynchronization(
      SessionFactory factory, ManagedSession session, ExceptionTranslation translation) {
    this.factory = factory;
    this.session = session;
    this.translation = translation;
  }

  /**
   * The session, first brought back in line with the database when a savepoint was rolled back
   * since the last call (Spring announces that rollback before it executes it, so the session
   * catches up lazily, on its next use).
   */
  ManagedSession session() {
    if (resync) {
      resync = false;
      translation.run(session::savepointRolledBack);
    }
    return session;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public void suspend() {
    TransactionSynchronizationManager.unbindResource(factory);
  }

  @Override
  public void resume() {
    TransactionSynchronizationManager.bindResource(factory, this);
  }

  @Override
  public void flush() {
    translation.run(session()::flush);
  }

  @Override
  public void beforeCommit(boolean readOnly) {
    if (!readOnly) {
      translation.run(session()::flush);
    }
  }

  @Override
  public void savepointRollback(Object savepoint) {
    resync = true;
  }

  @Override
  public void afterCompletion(int status) {
    TransactionSynchronizationManager.unbindResourceIfPossible(factory);
    if (status == STATUS_COMMITTED) {
      session.transactionCommitted();
    } else {
      session.transactionRolledBack();
    }
  }
}
