package dev.cairn.core.schema.reflect;

import dev.cairn.test.TestDb;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The DVD-rental fixture: a schema Cairn did not create, loaded from its own SQL scripts ({@code
 * fixtures/rental/<database>.sql}, {@code data.sql}, {@code <database>-after-data.sql}) over plain
 * JDBC, one statement at a time; and hand-written SQL run the same way, to compare Core with.
 */
public final class RentalFixture {

  /** The tables of the fixture, in name order. */
  static final List<String> TABLES =
      List.of(
          "actor",
          "category",
          "customer",
          "film",
          "film_actor",
          "film_award",
          "film_category",
          "inventory",
          "language",
          "payment",
          "rental",
          "store");

  private RentalFixture() {}

  /** Creates the fixture's schema and rows in {@code db}. */
  public static void load(TestDb db) {
    String name = db.database().displayName();
    run(db, script(name + ".sql"));
    run(db, script("data.sql"));
    String after = optionalScript(name + "-after-data.sql");
    if (after != null) {
      run(db, after);
    }
  }

  /**
   * The statements of a script: each ends with {@code ;} at the end of a line, or with the
   * delimiter a {@code DELIMITER xx} line sets (as the mysql client reads them), for bodies that
   * hold semicolons.
   */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String delimiter = ";";
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.toUpperCase(java.util.Locale.ROOT).startsWith("DELIMITER ")) {
        delimiter = trimmed.substring("DELIMITER ".length()).strip();
        continue;
      }
      if (current.length() == 0 && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
        continue;
      }
      if (trimmed.endsWith(delimiter)) {
        String end = line.substring(0, line.lastIndexOf(delimiter));
        current.append(end);
        statements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("Script ends inside a statement: " + current);
    }
    return statements;
  }

  /** The rows of {@code sql} run over plain JDBC, each as its column values in order. */
  static List<List<Object>> jdbc(TestDb db, String sql) {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rows.getMetaData();
      List<List<Object>> result = new ArrayList<>();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.add(rows.getObject(i));
        }
        result.add(row);
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("Hand-written SQL failed on " + db + ": " + sql, e);
    }
  }

  private static void run(TestDb db, String script) {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements(script)) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new IllegalStateException("Fixture statement failed on " + db + ": " + sql, e);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot load the fixture on " + db, e);
    }
  }

  private static String script(String name) {
    String script = optionalScript(name);
    if (script == null) {
      throw new IllegalStateException("No fixture script fixtures/rental/" + name);
    }
    return script;
  }

  private static String optionalScript(String name) {
    try (InputStream in =
        RentalFixture.class.getClassLoader().getResourceAsStream("fixtures/rental/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read fixture script " + name, e);
    }
  }
}
