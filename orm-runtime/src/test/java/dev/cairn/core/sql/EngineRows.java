package dev.cairn.core.sql;

import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Result;
import dev.cairn.core.engine.Row;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs Core statements through the test database's engine ({@link TestDb#engine()}) and renders the
 * rows as text for compact assertions: a cell is its value's text, {@code "null"} for NULL, numbers
 * normalised so that {@code 10.50} and {@code 10.5} (or {@code 7L} and {@code 7}) agree. {@link
 * #query} reads the database over plain JDBC, to check its state independently of Cairn.
 */
final class EngineRows {

  private EngineRows() {}

  /** The rows of {@code statement}, run in its own transaction, one list of cells per row. */
  static List<List<String>> rows(TestDb db, Statement statement) {
    return db.engine().transactionResult(connection -> rows(connection, statement));
  }

  /** The rows of {@code statement} run on {@code connection}. */
  static List<List<String>> rows(Connection connection, Statement statement) {
    return cells(connection.execute(statement));
  }

  /** Executes a data change in its own committed transaction; the number of rows affected. */
  static long execute(TestDb db, Statement statement) {
    return db.engine().transactionResult(connection -> connection.executeUpdate(statement));
  }

  /** Executes {@code statement} (committed) and renders the rows it returns as {@code "a|b"}. */
  static List<String> lines(TestDb db, Statement statement) {
    return lines(db.engine().transactionResult(connection -> connection.execute(statement)));
  }

  /** The rows of {@code result} as {@code "a|b"} lines. */
  static List<String> lines(Result result) {
    return lines(result, EngineRows::cell);
  }

  /** The rows of {@code result} as {@code "a|b"} lines, each value written by {@code cell}. */
  static List<String> lines(Result result, Function<@Nullable Object, String> cell) {
    List<String> lines = new ArrayList<>();
    for (Row row : result) {
      List<String> cells = new ArrayList<>(row.size());
      for (int i = 0; i < row.size(); i++) {
        cells.add(cell.apply(row.get(i)));
      }
      lines.add(String.join("|", cells));
    }
    return lines;
  }

  /** The rows of a plain SQL query over JDBC, as {@code "a|b"} lines: the database's own view. */
  static List<String> query(TestDb db, String sql) {
    return query(db, sql, EngineRows::cell);
  }

  /** The rows of a plain SQL query over JDBC, each value written by {@code cell}. */
  static List<String> query(TestDb db, String sql, Function<@Nullable Object, String> cell) {
    try (java.sql.Connection connection = db.dataSource().getConnection();
        PreparedStatement prepared = connection.prepareStatement(sql);
        ResultSet rows = prepared.executeQuery()) {
      int width = rows.getMetaData().getColumnCount();
      List<String> lines = new ArrayList<>();
      while (rows.next()) {
        List<String> cells = new ArrayList<>(width);
        for (int c = 1; c <= width; c++) {
          cells.add(cell.apply(rows.getObject(c)));
        }
        lines.add(String.join("|", cells));
      }
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + db + ": " + e, e);
    }
  }

  private static List<List<String>> cells(Result result) {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : result) {
      List<String> cells = new ArrayList<>(row.size());
      for (int i = 0; i < row.size(); i++) {
        cells.add(cell(row.get(i)));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** A value's text: {@code "null"}, numbers without trailing zeros, else {@code toString()}. */
  static String cell(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
