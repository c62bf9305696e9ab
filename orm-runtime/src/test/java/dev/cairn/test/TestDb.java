package dev.cairn.test;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.engine.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * One test's private, empty database: an H2 in-memory database, a SQLite file, a PostgreSQL schema
 * or a MariaDB database of its own, dropped when the test ends.
 */
public final class TestDb implements AutoCloseable {

  private final TestDatabase database;
  private final String jdbcUrl;
  private final DataSource dataSource;
  private final Runnable cleanup;
  private @Nullable Engine engine;

  TestDb(TestDatabase database, String jdbcUrl, Runnable cleanup) {
    this.database = database;
    this.jdbcUrl = jdbcUrl;
    this.dataSource = new DriverManagerDataSource(jdbcUrl);
    this.cleanup = cleanup;
  }

  /** Which database this is. */
  public TestDatabase database() {
    return database;
  }

  /** The dialect for this database. */
  public Dialect dialect() {
    return database.dialect();
  }

  /** A JDBC URL (with credentials) that reaches this test's private database. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** A non-pooled data source for this test's private database. */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * An engine over {@link #dataSource()}, created on first use and closed with this database. Tests
   * that need engine options build their own with {@code Engine.builder(db.dataSource())}.
   */
  public Engine engine() {
    if (engine == null) {
      engine = Engine.of(dataSource);
    }
    return engine;
  }

  /** Runs SQL directly over JDBC, for setting up and checking state around the code under test. */
  public void executeJdbc(String... sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Test setup SQL failed on " + database + ": " + e, e);
    }
  }

  @Override
  public void close() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
    cleanup.run();
  }

  @Override
  public String toString() {
    return database.displayName();
  }
}
