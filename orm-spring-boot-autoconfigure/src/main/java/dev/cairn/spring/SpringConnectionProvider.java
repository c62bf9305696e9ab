package dev.cairn.spring;

import dev.cairn.core.engine.ConnectionProvider;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Connections for an {@link dev.cairn.core.engine.Engine} taken through Spring's {@link
 * DataSourceUtils}: inside a Spring transaction the transaction's own connection (the one {@code
 * JdbcTemplate} uses), whose commit and rollback belong to Spring; outside one a connection from
 * the pool whose short transaction Cairn owns.
 */
public final class SpringConnectionProvider implements ConnectionProvider {

  private final DataSource dataSource;

  /** A provider over {@code dataSource}, the data source of Spring's transaction manager. */
  public SpringConnectionProvider(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The data source connections come from. */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public Connection acquire() {
    return DataSourceUtils.getConnection(dataSource);
  }

  @Override
  public void release(Connection connection) {
    DataSourceUtils.releaseConnection(connection, dataSource);
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
