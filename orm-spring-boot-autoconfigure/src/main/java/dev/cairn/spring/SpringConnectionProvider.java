package dev.cairn.spring;

import dev.cairn.core.engine.ConnectionProvider;
import dev.cairn.core.engine.ConnectionTarget;
import java.lang.reflect.UndeclaredThrowableException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Connections for an {@link dev.cairn.core.engine.Engine} taken through Spring's {@link
 * DataSourceUtils}: inside a Spring transaction the transaction's own connection (the one {@code
 * JdbcTemplate} uses), whose commit and rollback belong to Spring; outside one a connection from
 * the pool whose short transaction Cairn owns. When the data source routes read-only transactions
 * to read replicas ({@link ReplicaDataSource#routing}), connections of such a transaction report
 * {@link ConnectionTarget#REPLICA}.
 */
public final class SpringConnectionProvider implements ConnectionProvider {

  private final DataSource dataSource;
  private final boolean routesReadOnly;

  /** A provider over {@code dataSource}, the data source of Spring's transaction manager. */
  public SpringConnectionProvider(DataSource dataSource) {
    this(dataSource, false);
  }

  /**
   * A provider over {@code dataSource}; {@code routesReadOnly} says that it sends read-only
   * transactions to read replicas (a {@link ReplicaDataSource#routing} proxy).
   */
  public SpringConnectionProvider(DataSource dataSource, boolean routesReadOnly) {
    this.dataSource = dataSource;
    this.routesReadOnly = routesReadOnly;
  }

  /** The data source connections come from. */
  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * {@inheritDoc} A failure to get one is handed to Cairn as the driver's or pool's own {@link
   * SQLException} (Spring wraps it in a {@link CannotGetJdbcConnectionException}), so that Cairn
   * names what went wrong: a pool timeout names the pool, its size and its timeout.
   */
  @Override
  public Connection acquire() throws SQLException {
    try {
      return DataSourceUtils.getConnection(dataSource);
    } catch (CannotGetJdbcConnectionException e) {
      if (e.getCause() instanceof SQLException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public void release(Connection connection) {
    DataSourceUtils.releaseConnection(connection, dataSource);
  }

  /**
   * The replica for a connection of a read-only Spring transaction on a routing data source
   * (fetching the proxy's target now, so that a fallback to the primary is known), else the
   * primary.
   */
  @Override
  public ConnectionTarget target(Connection connection) throws SQLException {
    if (!routesReadOnly
        || !TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      return ConnectionTarget.PRIMARY;
    }
    if (connection instanceof ConnectionProxy proxy) {
      try {
        proxy.getTargetConnection();
      } catch (UndeclaredThrowableException e) {
        if (e.getCause() instanceof SQLException failure) {
          throw failure;
        }
        throw e;
      }
    }
    return ReplicaDataSource.fellBackInCurrentTransaction()
        ? ConnectionTarget.PRIMARY
        : ConnectionTarget.REPLICA;
  }

  /** True while a Spring transaction is active on this thread. */
  @Override
  public boolean managesTransactions() {
    return TransactionSynchronizationManager.isActualTransactionActive();
  }

  @Override
  public String toString() {
    return "Spring's transaction manager; let a @Transactional method (or a TransactionTemplate)"
        + " commit or roll back";
  }
}
