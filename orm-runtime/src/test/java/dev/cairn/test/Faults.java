package dev.cairn.test;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Faults the failure tests inject into a test's database: a small HikariCP pool that runs out of
 * connections, and a connection killed from the server side, as a server restart kills it.
 */
public final class Faults {

  private Faults() {}

  /**
   * A HikariCP pool named {@code name} of at most {@code size} connections to {@code db}, whose
   * callers give up after {@code timeoutMillis} (HikariCP's minimum is 250).
   */
  public static HikariDataSource pool(TestDb db, String name, int size, long timeoutMillis) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(db.jdbcUrl());
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(timeoutMillis);
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  /**
   * Kills {@code victim} as a server restart would: PostgreSQL terminates its backend ({@code
   * pg_terminate_backend}, waiting until it is gone), MariaDB kills its thread ({@code KILL}); the
   * embedded H2 and SQLite, which have no server, get the physical connection under the pool
   * closed. The next call on {@code victim} fails.
   */
  public static void kill(TestDb db, Connection victim) {
    try {
      switch (db.database()) {
        case POSTGRESQL ->
            db.executeJdbc(
                "SELECT pg_terminate_backend("
                    + number(victim, "SELECT pg_backend_pid()")
                    + ", 10000)");
        case MARIADB -> db.executeJdbc("KILL " + number(victim, "SELECT CONNECTION_ID()"));
        case H2, SQLITE -> victim.unwrap(Connection.class).close();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not kill a connection to " + db + ": " + e, e);
    }
  }

  private static long number(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
