package dev.cairn.core.engine;

/**
 * A savepoint inside the current transaction ({@link Connection#savepoint()}). {@link #rollback()}
 * undoes what was done since it was set and keeps earlier work; {@link #release()} keeps it all.
 * With try-with-resources, {@link #close()} rolls back to the savepoint unless it was released.
 */
public interface Savepoint extends AutoCloseable {

  /** Undoes everything done since the savepoint was set; the transaction goes on. */
  void rollback();

  /** Forgets the savepoint, keeping the work done since. */
  void release();

  /** Whether neither rollback nor release has ended the savepoint yet. */
  boolean isActive();

  /** Rolls back to the savepoint if it is still active. */
  @Override
  void close();
}
