package dev.cairn.core.sql.type;

import static dev.cairn.core.sql.type.TypeTestSupport.createTable;
import static dev.cairn.core.sql.type.TypeTestSupport.insert;
import static dev.cairn.core.sql.type.TypeTestSupport.read;
import static dev.cairn.core.sql.type.TypeTestSupport.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cairn.core.CairnException;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How SQLite stores what it has no type for: the raw text and storage classes, and reading back.
 */
class SqliteTypeRoundTripTest {

  @DatabaseTest(TestDatabase.SQLITE)
  void temporalValuesAreIsoTextInTheShortestForm(TestDb db) throws Exception {
    String dates = createTable(db, SqlTypes.TIMESTAMP);
    insert(db, dates, SqlTypes.TIMESTAMP, values(LocalDateTime.of(2024, 2, 29, 12, 34, 56)));
    String offsets = createTable(db, SqlTypes.TIMESTAMP_TZ);
    insert(
        db,
        offsets,
        SqlTypes.TIMESTAMP_TZ,
        values(OffsetDateTime.parse("2024-06-01T12:00:00.5+05:30")));
    String times = createTable(db, SqlTypes.TIME);
    insert(db, times, SqlTypes.TIME, values(LocalTime.of(7, 5)));

    assertThat(raw(db, "SELECT v, typeof(v) FROM " + dates))
        .containsExactly("2024-02-29 12:34:56|text");
    assertThat(raw(db, "SELECT v, typeof(v) FROM " + offsets))
        .containsExactly("2024-06-01 06:30:00.5|text");
    assertThat(raw(db, "SELECT v, typeof(v) FROM " + times)).containsExactly("07:05:00|text");
    assertThat(raw(db, "SELECT datetime(v), 0 FROM " + dates))
        .containsExactly("2024-02-29 12:34:56|0");
  }

  @DatabaseTest(TestDatabase.SQLITE)
  void readsTimestampsWrittenBySqliteAndOtherPrograms(TestDb db) throws Exception {
    String table = createTable(db, SqlTypes.TIMESTAMP_TZ);
    db.executeJdbc(
        "INSERT INTO " + table + " VALUES (1, CURRENT_TIMESTAMP)",
        "INSERT INTO " + table + " VALUES (2, '2024-01-02T03:04:05.5+02:00')",
        "INSERT INTO " + table + " VALUES (3, '2024-01-02 03:04Z')");

    List<Instant> back = read(db, table, SqlTypes.INSTANT, "id");
    assertThat(back.get(0)).isCloseTo(Instant.now(), within(120, ChronoUnit.SECONDS));
    assertThat(back.subList(1, 3))
        .containsExactly(
            Instant.parse("2024-01-02T01:04:05.5Z"), Instant.parse("2024-01-02T03:04:00Z"));
    OffsetDateTime second = read(db, table, SqlTypes.TIMESTAMP_TZ, "id").get(1);
    assertThat(second).isEqualTo(OffsetDateTime.parse("2024-01-02T01:04:05.5Z"));
    assertThat(second.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(read(db, table, SqlTypes.TIMESTAMP, "id").get(2))
        .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4));
  }

  @DatabaseTest(TestDatabase.SQLITE)
  void textThatIsNoDateIsAClearError(TestDb db) throws Exception {
    String table = createTable(db, SqlTypes.DATE);
    db.executeJdbc("INSERT INTO " + table + " VALUES (1, 'yesterday')");

    assertThatThrownBy(() -> read(db, table, SqlTypes.DATE, "id"))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "sqlite column value 'yesterday' is not an ISO-8601 DATE; Cairn stores these as text"
                + " like '2024-01-31 13:45:00' or '2024-01-31 13:45:00.25'. Fix the stored value");
    assertThat(read(db, table, SqlTypes.TEXT, "id")).containsExactly("yesterday");
    assertThatThrownBy(() -> insert(db, table, SqlTypes.DATE, values(LocalDate.of(-1, 1, 1))))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith("sqlite cannot store a date in year -1");
  }

  @DatabaseTest(TestDatabase.SQLITE)
  void numericIsAnIntegerWhenWholeAndAFloatOtherwise(TestDb db) throws Exception {
    SqlType<BigDecimal> money = SqlTypes.numeric(12, 4);
    String table = createTable(db, money);
    insert(
        db,
        table,
        money,
        values(new BigDecimal("42.0000"), new BigDecimal("0.1"), new BigDecimal("12.34567")));

    assertThat(raw(db, "SELECT v, typeof(v) FROM " + table + " ORDER BY id"))
        .containsExactly("42|integer", "0.1|real", "12.3457|real");
    assertThat(read(db, table, money, "id"))
        .containsExactly(
            new BigDecimal("42.0000"), new BigDecimal("0.1000"), new BigDecimal("12.3457"));
  }

  private static List<String> raw(TestDb db, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1) + "|" + result.getString(2));
      }
    }
    return rows;
  }
}
