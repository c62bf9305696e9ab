package dev.cairn.core.sql.type;

import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Plain-JDBC helpers for the type tests: a table with one column of the type under test, values
 * written with the dialect's codec and read back with it.
 */
final class TypeTestSupport {

  private static final AtomicInteger TABLES = new AtomicInteger();

  private TypeTestSupport() {}

  /** A fresh table {@code (id INTEGER PRIMARY KEY, v <type>)}; returns its name. */
  static String createTable(TestDb db, SqlType<?> type) {
    String table = "rt_" + TABLES.incrementAndGet();
    db.executeJdbc(
        "CREATE TABLE "
            + table
            + " (id INTEGER PRIMARY KEY, v "
            + db.dialect().types().ddlTypeName(type)
            + ")");
    return table;
  }

  /**
   * Inserts {@code values} (ids 1, 2, ...) into {@code table} through the codec of {@code type}.
   */
  static <T> void insert(TestDb db, String table, SqlType<T> type, List<@Nullable T> values)
      throws SQLException {
    JdbcCodec<T> codec = db.dialect().types().codec(type);
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO " + table + " (id, v) VALUES (?, ?)")) {
      for (int i = 0; i < values.size(); i++) {
        insert.setInt(1, i + 1);
        codec.bind(insert, 2, values.get(i));
        insert.executeUpdate();
      }
    }
  }

  /** Reads column {@code v} of {@code table} through the codec, ordered by {@code orderBy}. */
  static <T> List<@Nullable T> read(TestDb db, String table, SqlType<T> type, String orderBy)
      throws SQLException {
    JdbcCodec<T> codec = db.dialect().types().codec(type);
    List<@Nullable T> values = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT v FROM " + table + " ORDER BY " + orderBy)) {
      while (rows.next()) {
        values.add(codec.read(rows, 1));
      }
    }
    return values;
  }

  /** Writes {@code values} into a new column of {@code type} and reads them back in order. */
  static <T> List<@Nullable T> roundTrip(TestDb db, SqlType<T> type, List<@Nullable T> values)
      throws SQLException {
    String table = createTable(db, type);
    insert(db, table, type, values);
    return read(db, table, type, "id");
  }

  /** How many rows of {@code table} have {@code v = value}, the value bound through the codec. */
  static <T> int countEqual(TestDb db, String table, SqlType<T> type, T value) throws SQLException {
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE v = ?")) {
      db.dialect().types().codec(type).bind(select, 1, value);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** A list that may hold nulls, for expected values. */
  @SafeVarargs
  static <T> List<@Nullable T> values(@Nullable T... values) {
    List<@Nullable T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return list;
  }
}
