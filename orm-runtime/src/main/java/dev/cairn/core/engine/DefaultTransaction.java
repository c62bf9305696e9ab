package dev.cairn.core.engine;

import dev.cairn.core.CairnException;

/** An explicit transaction on a connection; ends when the connection commits or rolls back. */
final class DefaultTransaction implements Transaction {

  private final DefaultConnection connection;
  private final long generation;

  DefaultTransaction(DefaultConnection connection, long generation) {
    this.connection = connection;
    this.generation = generation;
  }

  @Override
  public void commit() {
    requireActive("commit");
    connection.commit();
  }

  @Override
  public void rollback() {
    requireActive("roll back");
    connection.rollback();
  }

  @Override
  public boolean isActive() {
    return !connection.isClosed() && connection.generation() == generation;
  }

  @Override
  public void close() {
    if (isActive()) {
      connection.rollback();
    }
  }

  private void requireActive(String action) {
    if (!isActive()) {
      throw new CairnException(
          "Cannot "
              + action
              + ": this transaction has already ended (committed, rolled back, or its connection"
              + " closed)");
    }
  }
}
