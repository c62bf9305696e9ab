package dev.cairn.orm;

/**
 * A {@link Session} inside a transaction that something else (Spring's transaction manager) begins
 * and ends: its {@link #commit()} and {@link #rollback()} fail, and the transaction's owner reports
 * the outcome through the methods below. Opened by {@link SessionFactory#openManagedSession}.
 */
public interface ManagedSession extends Session {

  /**
   * The outer transaction committed (after a {@link #flush()} by its owner): the session's objects
   * become detached and the session closes.
   */
  void transactionCommitted();

  /**
   * The outer transaction rolled back: pending objects and objects inserted in it become transient
   * again (database-generated keys and versions reset), every other object detached, and the
   * session closes. No statement is executed.
   */
  void transactionRolledBack();

  /**
   * The outer transaction rolled back to a savepoint: pending objects become transient, objects
   * inserted since then transient again, deleted ones persistent, and every other object is
   * reloaded from the database (detached when its row is gone). Flush before the savepoint is set,
   * so that the session and the database agree at the savepoint.
   */
  void savepointRolledBack();
}
