package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs compiled SELECTs over plain JDBC for the integration tests (the engine is built in
 * parallel). Cells are read as text, numbers normalised ({@code 10.50} and {@code 10.5} agree).
 */
final class SelectJdbc {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private SelectJdbc() {}

  static List<List<String>> rows(TestDb db, Statement statement) {
    try (Connection connection = db.dataSource().getConnection()) {
      return rows(connection, db.dialect(), statement.compile(db.dialect()));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Query failed on " + db + ": " + statement.toSql(db.dialect()) + ": " + e, e);
    }
  }

  static List<List<String>> rows(
      Connection connection, SqlDialect dialect, CompiledStatement compiled) throws SQLException {
    try (PreparedStatement prepared = connection.prepareStatement(compiled.sql())) {
      List<Parameter> parameters = compiled.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        bind(prepared, i + 1, dialect, parameters.get(i));
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet resultSet = prepared.executeQuery()) {
        int width = resultSet.getMetaData().getColumnCount();
        while (resultSet.next()) {
          List<String> row = new ArrayList<>(width);
          for (int c = 1; c <= width; c++) {
            row.add(normalise(resultSet.getString(c)));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void bind(
      PreparedStatement prepared, int index, SqlDialect dialect, Parameter parameter)
      throws SQLException {
    SqlType<T> type = (SqlType<T>) parameter.type();
    dialect.types().codec(type).bind(prepared, index, (T) parameter.value());
  }

  private static String normalise(String cell) {
    if (cell == null) {
      return "null";
    }
    if (NUMBER.matcher(cell).matches()) {
      return new BigDecimal(cell).stripTrailingZeros().toPlainString();
    }
    return cell;
  }

  static void createSchema(TestDb db) {
    db.executeJdbc(
        "CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL,"
            + " email VARCHAR(100), age INTEGER)",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL,"
            + " total NUMERIC(10, 2) NOT NULL, status VARCHAR(20))",
        "CREATE TABLE categories (id BIGINT PRIMARY KEY, parent_id BIGINT,"
            + " name VARCHAR(50) NOT NULL)",
        "INSERT INTO users VALUES (1, 'Ann', 'ann@x.org', 30)",
        "INSERT INTO users VALUES (2, 'Bob', NULL, 17)",
        "INSERT INTO users VALUES (3, 'Cid', '50%_off@x.org', 70)",
        "INSERT INTO users VALUES (4, 'Dan', NULL, NULL)",
        "INSERT INTO orders VALUES (1, 1, 10.50, 'open')",
        "INSERT INTO orders VALUES (2, 1, 20.00, 'paid')",
        "INSERT INTO orders VALUES (3, 2, 5.25, 'open')",
        "INSERT INTO orders VALUES (4, 3, 100.00, 'paid')",
        "INSERT INTO categories VALUES (1, NULL, 'root')",
        "INSERT INTO categories VALUES (2, 1, 'a')",
        "INSERT INTO categories VALUES (3, 2, 'b')",
        "INSERT INTO categories VALUES (4, 1, 'c')");
  }
}
