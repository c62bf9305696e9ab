package dev.cairn.core.engine;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Takes connections from a data source and closes them (returning them to a pool) on release. */
final class DataSourceConnectionProvider implements ConnectionProvider {

  private final DataSource dataSource;

  DataSourceConnectionProvider(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public java.sql.Connection acquire() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void release(java.sql.Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public String toString() {
    return "DataSource " + dataSource;
  }
}
