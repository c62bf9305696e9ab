package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.sql.SqlDialect;
import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link SchemaTarget} over plain JDBC for the schema tests (the engine implements the real one).
 * Records every statement it runs.
 */
final class JdbcSchemaTarget implements SchemaTarget {

  private final TestDb db;
  final List<String> executed = new ArrayList<>();

  JdbcSchemaTarget(TestDb db) {
    this.db = db;
  }

  @Override
  public SqlDialect dialect() {
    return db.dialect();
  }

  @Override
  public DdlDialect ddlDialect() {
    Dialect dialect = db.dialect();
    return dialect.ddl();
  }

  @Override
  public boolean tableExists(String tableName) {
    try (Connection connection = db.dataSource().getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet rows =
          meta.getTables(
              connection.getCatalog(),
              connection.getSchema(),
              stored(meta, tableName),
              new String[] {"TABLE", "BASE TABLE"})) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean sequenceExists(String sequenceName) {
    String sql =
        switch (db.database()) {
          case POSTGRESQL ->
              "SELECT 1 FROM information_schema.sequences WHERE sequence_name = ?"
                  + " AND sequence_schema = current_schema()";
          case H2 -> "SELECT 1 FROM information_schema.sequences WHERE sequence_name = ?";
          case MARIADB ->
              "SELECT 1 FROM information_schema.tables WHERE table_name = ?"
                  + " AND table_type = 'SEQUENCE' AND table_schema = DATABASE()";
          case SQLITE -> null;
        };
    if (sql == null) {
      return false;
    }
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, stored(connection.getMetaData(), sequenceName));
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void executeDdl(List<String> statements) {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        executed.add(sql);
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new CairnException("DDL failed on " + db + ": " + e.getMessage(), e);
    }
  }

  private static String stored(DatabaseMetaData meta, String name) throws SQLException {
    if (meta.storesUpperCaseIdentifiers()) {
      return name.toUpperCase(Locale.ROOT);
    }
    if (meta.storesLowerCaseIdentifiers()) {
      return name.toLowerCase(Locale.ROOT);
    }
    return name;
  }
}
