package dev.cairn.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * What one benchmark trial runs on: a HikariCP pool shared by the contender's code, the contender's
 * own tables, and the contender.
 */
public final class Fixture implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final Schema schema;
  private final Contender contender;

  private Fixture(HikariDataSource dataSource, Schema schema, Contender contender) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.contender = contender;
  }

  /** Opens a pool on {@code database}, recreates the contender's tables and builds it. */
  public static Fixture open(String database, String contender) {
    BenchmarkDatabase db = BenchmarkDatabase.named(database);
    HikariDataSource dataSource = dataSource(db);
    try {
      Schema schema = new Schema(dataSource, db, Contenders.tablePrefix(contender));
      schema.recreate();
      return new Fixture(dataSource, schema, Contenders.create(contender, dataSource, db));
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /** A small pool on {@code database}, the same for every contender. */
  static HikariDataSource dataSource(BenchmarkDatabase database) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(1);
    config.setPoolName("benchmarks");
    return new HikariDataSource(config);
  }

  /** The pool every contender of this fixture uses. */
  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  /** The contender's tables. */
  public Schema schema() {
    return schema;
  }

  /** The contender. */
  public Contender contender() {
    return contender;
  }

  @Override
  public void close() {
    try {
      contender.close();
    } finally {
      dataSource.close();
    }
  }
}
