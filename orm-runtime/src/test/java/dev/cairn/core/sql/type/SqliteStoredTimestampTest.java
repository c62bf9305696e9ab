package dev.cairn.core.sql.type;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.DatePart;
import dev.cairn.core.sql.Functions;
import dev.cairn.core.sql.Sql;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * SQLite dates and times written by others (raw SQL, SQLite's own functions) compared with bound
 * values: equal where the stored text is in the shortest form, ordered correctly either way.
 */
class SqliteStoredTimestampTest {

  /** {@code events(id, at TIMESTAMP, day DATE, clock TIME)}, as another program created it. */
  static final class Events extends Table {
    final Column<Integer> id = column("id", SqlTypes.INTEGER).primaryKey();
    final Column<LocalDateTime> at = column("at", SqlTypes.TIMESTAMP);
    final Column<LocalDate> day = column("day", SqlTypes.DATE);
    final Column<LocalTime> clock = column("clock", SqlTypes.TIME);

    Events() {
      super("events");
    }
  }

  private final Events events = new Events();

  @DatabaseTest(TestDatabase.SQLITE)
  void rowsWrittenByRawSqlCompareEqualAndInRanges(TestDb db) {
    db.executeJdbc(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, at TIMESTAMP, day DATE, clock TIME)",
        "INSERT INTO events VALUES (1, '2005-05-24 22:53:30', '2005-05-24', '22:53:30')",
        "INSERT INTO events VALUES (2, '2005-05-24 22:53:30.5', '2005-05-25', '22:53:30.5')",
        "INSERT INTO events VALUES (3, '2005-05-24 22:53:30.62', '2005-05-26', '22:53:30.62')",
        "INSERT INTO events VALUES (4, '2005-05-24 22:53:31', '2005-05-27', '22:53:31')",
        "INSERT INTO events VALUES (5, '2005-05-24 22:53:30.123456', '2005-05-28', '23:00:00')",
        "INSERT INTO events VALUES (6, datetime('2005-05-24 22:53:29'), date('2005-05-29'),"
            + " time('21:00:00'))");

    assertThat(ids(db, events.at.eq(at(30, 0)))).containsExactly(1);
    assertThat(ids(db, events.at.eq(at(30, 500_000)))).containsExactly(2);
    assertThat(ids(db, events.at.eq(at(30, 620_000)))).containsExactly(3);
    assertThat(ids(db, events.at.eq(at(30, 123_456)))).containsExactly(5);
    assertThat(ids(db, events.at.eq(at(29, 0)))).as("written by datetime()").containsExactly(6);
    assertThat(ids(db, events.at.ge(at(30, 0)).and(events.at.lt(at(31, 0)))))
        .containsExactly(1, 2, 3, 5);
    assertThat(ids(db, events.at.gt(at(30, 123_456)).and(events.at.le(at(31, 0)))))
        .containsExactly(2, 3, 4);
    assertThat(ids(db, events.at.between(at(29, 0), at(30, 0)))).containsExactly(1, 6);
    assertThat(ids(db, events.day.eq(LocalDate.of(2005, 5, 29)))).containsExactly(6);
    assertThat(ids(db, events.clock.eq(LocalTime.of(22, 53, 30, 620_000_000)))).containsExactly(3);
    assertThat(ids(db, events.clock.lt(LocalTime.of(22, 53, 30, 600_000_000))))
        .containsExactly(1, 2, 6);
    List<LocalDateTime> ordered =
        db.engine()
            .transactionResult(
                c ->
                    c.execute(Sql.select(events.at).from(events).orderBy(events.at))
                        .scalars(LocalDateTime.class));
    assertThat(ordered)
        .as("text order is time order")
        .containsExactly(
            at(29, 0), at(30, 0), at(30, 123_456), at(30, 500_000), at(30, 620_000), at(31, 0));
  }

  @DatabaseTest(TestDatabase.SQLITE)
  void valuesCairnWritesAreInTheShortestForm(TestDb db) {
    db.executeJdbc(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, at TIMESTAMP, day DATE, clock TIME)");
    db.engine()
        .transaction(
            c -> {
              c.execute(
                  Sql.insertInto(events)
                      .set(events.id, 1)
                      .set(events.at, at(30, 0))
                      .set(events.clock, LocalTime.of(7, 5)));
              c.execute(
                  Sql.insertInto(events)
                      .set(events.id, 2)
                      .set(events.at, at(30, 500_000))
                      .set(events.clock, LocalTime.of(7, 5, 0, 120_000_000)));
              c.execute(
                  Sql.insertInto(events)
                      .set(events.id, 3)
                      .set(events.at, at(30, 123_456))
                      .set(events.clock, LocalTime.of(7, 5, 0, 1_000)));
            });

    List<String> stored =
        db.engine()
            .transactionResult(
                c ->
                    c.execute(Sql.text("SELECT at || ' ' || clock FROM events ORDER BY id"))
                        .scalars(String.class));
    assertThat(stored)
        .containsExactly(
            "2005-05-24 22:53:30 07:05:00",
            "2005-05-24 22:53:30.5 07:05:00.12",
            "2005-05-24 22:53:30.123456 07:05:00.000001");
  }

  @DatabaseTest(TestDatabase.SQLITE)
  void dateFunctionsAnswerInTheSameFormSoTheyCompareWithBoundValues(TestDb db) {
    db.executeJdbc(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, at TIMESTAMP, day DATE, clock TIME)",
        "INSERT INTO events VALUES (1, '2005-05-24 22:53:30', NULL, NULL)",
        "INSERT INTO events VALUES (2, '2005-05-24 22:53:30.5', NULL, NULL)",
        "INSERT INTO events VALUES (3, '2005-05-25 01:00:00', NULL, NULL)");

    assertThat(
            ids(
                db,
                Functions.dateTrunc(DatePart.DAY, events.at)
                    .eq(LocalDateTime.of(2005, 5, 24, 0, 0))))
        .containsExactly(1, 2);
    assertThat(
            ids(
                db,
                Functions.dateAdd(events.at, 1, DatePart.DAY)
                    .eq(LocalDateTime.of(2005, 5, 25, 22, 53, 30))))
        .containsExactly(1);
    assertThat(
            ids(
                db,
                Functions.dateAdd(events.at, -1, DatePart.DAY)
                    .eq(LocalDateTime.of(2005, 5, 23, 22, 53, 30, 500_000_000))))
        .containsExactly(2);
  }

  private List<Integer> ids(TestDb db, Condition condition) {
    return db.engine()
        .transactionResult(
            c ->
                c.execute(Sql.select(events.id).from(events).where(condition).orderBy(events.id))
                    .scalars(Integer.class));
  }

  private static LocalDateTime at(int second, int micros) {
    return LocalDateTime.of(2005, 5, 24, 22, 53, second, micros * 1000);
  }
}
