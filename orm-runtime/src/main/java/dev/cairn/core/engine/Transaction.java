package dev.cairn.core.engine;

/**
 * An explicitly begun transaction ({@link Connection#begin()}). Use it with try-with-resources:
 * {@link #close()} rolls back unless {@link #commit()} was called.
 */
public interface Transaction extends AutoCloseable {

  /** Commits the transaction. */
  void commit();

  /** Rolls the transaction back. */
  void rollback();

  /** Whether neither commit nor rollback has ended the transaction yet. */
  boolean isActive();

  /** Rolls back if still active. */
  @Override
  void close();
}
