package dev.cairn.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The reporting fixture: a DVD-rental schema written by hand as one SQL script per database ({@code
 * src/test/resources/reporting/<database>-schema.sql}) and its rows ({@code data.sql}), loaded over
 * plain JDBC, so Cairn never creates it. Query results are compared as text lines ({@code "a|b"}),
 * cells normalised so that Cairn's typed values and the JDBC driver's own objects agree: numbers
 * without trailing zeros, timestamps as {@link LocalDateTime#toString()} (SQLite's text parsed
 * first).
 */
final class ReportingFixture {

  private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);
  private static final Pattern TIMESTAMP_TEXT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

  private ReportingFixture() {}

  /** Runs the fixture's schema script for {@code db}'s database, then its rows, over JDBC. */
  static void load(TestDb db) {
    run(db, "/reporting/" + db.database().displayName() + "-schema.sql");
    run(db, "/reporting/data.sql");
  }

  private static void run(TestDb db, String name) {
    String script;
    try (InputStream in = ReportingFixture.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No fixture script " + name);
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + name, e);
    }
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String statement : STATEMENT_END.split(withoutComments)) {
      if (!statement.isBlank()) {
        statements.add(statement.trim());
      }
    }
    db.executeJdbc(statements.toArray(String[]::new));
  }

  /** The rows of a Core statement, run through the engine, as normalised lines. */
  static List<String> core(TestDb db, Statement statement) {
    return db.engine()
        .transactionResult(
            connection -> EngineRows.lines(connection.execute(statement), ReportingFixture::cell));
  }

  /** The rows of hand-written SQL run over plain JDBC, as normalised lines. */
  static List<String> jdbc(TestDb db, String sql) {
    return EngineRows.query(db, sql, ReportingFixture::cell);
  }

  /**
   * Asserts that {@code statement} gives the rows of the hand-written SQL for {@code db}'s database
   * ({@code handWritten} by database, or its {@code null} key for the SQL all databases share) and
   * that those rows are {@code expected}; returns nothing, fails naming the database.
   */
  static void assertSameRows(
      TestDb db, Statement statement, Map<TestDatabase, String> handWritten, String... expected) {
    String sql = handWritten.get(db.database());
    assertThat(sql).as("hand-written SQL for %s", db).isNotNull();
    List<String> byHand = jdbc(db, sql);
    assertThat(core(db, statement)).as("Core on %s vs %s", db, sql).isEqualTo(byHand);
    assertThat(byHand).as("hand-written SQL on %s", db).containsExactly(expected);
  }

  /** The same hand-written SQL for every database. */
  static Map<TestDatabase, String> everywhere(String sql) {
    return Map.of(
        TestDatabase.H2, sql,
        TestDatabase.SQLITE, sql,
        TestDatabase.POSTGRESQL, sql,
        TestDatabase.MARIADB, sql);
  }

  private static String cell(@Nullable Object value) {
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().toString();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof String text && TIMESTAMP_TEXT.matcher(text).matches()) {
      return LocalDateTime.parse(text.replace(' ', 'T')).toString();
    }
    return EngineRows.cell(value);
  }
}
