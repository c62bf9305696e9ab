package dev.cairn.core.engine;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Where an {@link Engine} gets its JDBC connections. The default takes them from a {@link
 * DataSource} and owns their transactions; an integration (Spring) supplies connections bound to a
 * transaction it manages itself and answers {@link #managesTransactions()} with true.
 */
public interface ConnectionProvider {

  /** Hands out a JDBC connection for one Cairn {@link Connection}. */
  java.sql.Connection acquire() throws SQLException;

  /** Takes back a connection handed out by {@link #acquire()} (closing it, or returning it). */
  void release(java.sql.Connection connection) throws SQLException;

  /**
   * Whether transactions are managed outside Cairn. If so, Cairn's {@link Connection} never calls
   * {@code setAutoCommit}, {@code commit}, {@code rollback} or {@code close} on the JDBC
   * connection, and its own {@code commit()} and {@code rollback()} fail with a message saying so.
   */
  default boolean managesTransactions() {
    return false;
  }

  /**
   * The data source connections come from, if the provider knows one; error messages use it to
   * describe the pool (name, size, timeout) when no connection could be had.
   */
  default @Nullable DataSource dataSource() {
    return null;
  }

  /**
   * Which server {@code connection} (just handed out by {@link #acquire()}) reaches; execution
   * listeners see it as {@link ExecutionContext#target()}. The primary unless the provider routes
   * to read replicas.
   */
  default ConnectionTarget target(java.sql.Connection connection) throws SQLException {
    return ConnectionTarget.PRIMARY;
  }

  /** A provider over {@code dataSource} that closes each connection on release. */
  static ConnectionProvider of(DataSource dataSource) {
    return new DataSourceConnectionProvider(dataSource);
  }
}
