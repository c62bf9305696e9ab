package dev.cairn.spring;

import dev.cairn.orm.ManagedSession;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.SessionOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds or opens the session bound to the current Spring transaction (one per transaction and
 * {@link SessionFactory}; a {@code REQUIRES_NEW} transaction gets its own).
 */
public final class SpringSessions {

  /** What {@code session.commit()} and {@code rollback()} say under Spring. */
  static final String HINT =
      "Spring manages this transaction: mark the method @Transactional (or use a"
          + " TransactionTemplate) and let Spring commit, or throw to roll back";

  private SpringSessions() {}

  /**
   * The session of the current Spring transaction, opened and bound on first use, or null when no
   * transaction is active on this thread.
   */
  public static @Nullable ManagedSession currentSession(SessionFactory factory) {
    return current(factory, new ExceptionTranslation(null));
  }

  /** {@link #currentSession} whose before-commit flush failures go through {@code translator}. */
  public static @Nullable ManagedSession currentSession(
      SessionFactory factory, @Nullable PersistenceExceptionTranslator translator) {
    return current(factory, new ExceptionTranslation(translator));
  }

  static @Nullable ManagedSession current(
      SessionFactory factory, ExceptionTranslation translation) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Object bound = TransactionSynchronizationManager.getResource(factory);
    if (bound instanceof SessionSynchronization synchronization) {
      return synchronization.session();
    }
    // a read-only transaction (@Transactional(readOnly = true), repository queries outside a
    // read-write one) gets a read-only session: no snapshots, never flushed
    ManagedSession session =
        TransactionSynchronizationManager.isCurrentTransactionReadOnly()
            ? factory.openManagedSession(HINT, SessionOptions.readOnly())
            : factory.openManagedSession(HINT);
    SessionSynchronization synchronization =
        new SessionSynchronization(factory, session, translation);
    TransactionSynchronizationManager.bindResource(factory, synchronization);
    TransactionSynchronizationManager.registerSynchronization(synchronization);
    return session;
  }

  /** The session already bound to the current transaction, without opening one. */
  static @Nullable ManagedSession bound(SessionFactory factory) {
    Object bound = TransactionSynchronizationManager.getResource(factory);
    return bound instanceof SessionSynchronization synchronization
        ? synchronization.session()
        : null;
  }
}
