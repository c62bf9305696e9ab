package dev.cairn.core.sql.type;

import static dev.cairn.core.sql.type.TypeTestSupport.countEqual;
import static dev.cairn.core.sql.type.TypeTestSupport.createTable;
import static dev.cairn.core.sql.type.TypeTestSupport.insert;
import static dev.cairn.core.sql.type.TypeTestSupport.read;
import static dev.cairn.core.sql.type.TypeTestSupport.roundTrip;
import static dev.cairn.core.sql.type.TypeTestSupport.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Dates, times and timestamps through every database and back. Every database holds years 0001 to
 * 9999 and microseconds; sub-microsecond digits are truncated before binding.
 */
class TemporalTypeRoundTripTest {

  @DatabaseTest
  void datesFromYearOneToYear9999(TestDb db) throws Exception {
    List<LocalDate> dates =
        values(
            LocalDate.of(1, 1, 1),
            LocalDate.of(1582, 10, 4),
            LocalDate.of(1969, 12, 31),
            LocalDate.of(2000, 2, 29),
            LocalDate.of(9999, 12, 31),
            null);
    String table = createTable(db, SqlTypes.DATE);
    insert(db, table, SqlTypes.DATE, dates);

    assertThat(read(db, table, SqlTypes.DATE, "id")).isEqualTo(dates);
    assertThat(countEqual(db, table, SqlTypes.DATE, LocalDate.of(2000, 2, 29))).isEqualTo(1);
    assertThat(read(db, table, SqlTypes.DATE, "v")).containsSubsequence(sorted(dates));
  }

  @DatabaseTest
  void timesKeepMicroseconds(TestDb db) throws Exception {
    List<LocalTime> times =
        values(
            LocalTime.MIDNIGHT,
            LocalTime.of(23, 59, 59, 999_999_000),
            LocalTime.of(12, 34, 56, 123_456_000),
            LocalTime.of(0, 0, 0, 1_000),
            null);
    String table = createTable(db, SqlTypes.TIME);
    insert(db, table, SqlTypes.TIME, times);

    assertThat(read(db, table, SqlTypes.TIME, "id")).isEqualTo(times);
    assertThat(read(db, table, SqlTypes.TIME, "v")).containsSubsequence(sorted(times));
    assertThat(countEqual(db, table, SqlTypes.TIME, LocalTime.of(12, 34, 56, 123_456_000)))
        .isEqualTo(1);
  }

  @DatabaseTest
  void timestampsKeepMicrosecondsAcrossTheRange(TestDb db) throws Exception {
    List<LocalDateTime> timestamps =
        values(
            LocalDateTime.of(1, 1, 1, 0, 0),
            LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000),
            LocalDateTime.of(2024, 2, 29, 12, 34, 56, 123_456_000),
            LocalDateTime.of(2024, 3, 31, 2, 30), // in a DST gap of European zones
            LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
            null);
    String table = createTable(db, SqlTypes.TIMESTAMP);
    insert(db, table, SqlTypes.TIMESTAMP, timestamps);

    assertThat(read(db, table, SqlTypes.TIMESTAMP, "id")).isEqualTo(timestamps);
    assertThat(read(db, table, SqlTypes.TIMESTAMP, "v")).containsSubsequence(sorted(timestamps));
    assertThat(countEqual(db, table, SqlTypes.TIMESTAMP, timestamps.get(2))).isEqualTo(1);
  }

  @DatabaseTest
  void nanosecondsAreTruncatedToMicrosecondsEverywhere(TestDb db) throws Exception {
    assertThat(
            roundTrip(
                db, SqlTypes.TIMESTAMP, values(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_456_789))))
        .containsExactly(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_456_000));
    assertThat(roundTrip(db, SqlTypes.TIME, values(LocalTime.of(1, 2, 3, 999_999_999))))
        .containsExactly(LocalTime.of(1, 2, 3, 999_999_000));
    assertThat(
            roundTrip(
                db, SqlTypes.INSTANT, values(Instant.parse("2024-01-01T00:00:00.000000999Z"))))
        .containsExactly(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @DatabaseTest
  void offsetDateTimesKeepTheirInstant(TestDb db) throws Exception {
    List<OffsetDateTime> written =
        values(
            OffsetDateTime.parse("2024-06-01T12:00:00.123456+05:30"),
            OffsetDateTime.parse("2024-01-01T00:00:00-08:00"),
            OffsetDateTime.parse("1970-01-01T00:00:00Z"),
            OffsetDateTime.parse("0001-01-01T00:00:00Z"),
            OffsetDateTime.parse("9999-12-31T12:00:00.999999+01:00"),
            null);
    String table = createTable(db, SqlTypes.TIMESTAMP_TZ);
    insert(db, table, SqlTypes.TIMESTAMP_TZ, written);

    List<OffsetDateTime> back = read(db, table, SqlTypes.TIMESTAMP_TZ, "id");
    assertThat(instants(back)).isEqualTo(instants(written));
    if (db.database() != TestDatabase.H2) {
      // H2 keeps the offset written; the others store UTC and answer in UTC.
      assertThat(back.subList(0, 5)).allMatch(value -> value.getOffset() == ZoneOffset.UTC);
    }
    assertThat(instants(read(db, table, SqlTypes.TIMESTAMP_TZ, "v")))
        .containsSubsequence(sorted(instants(written)));
    assertThat(
            countEqual(
                db,
                table,
                SqlTypes.TIMESTAMP_TZ,
                OffsetDateTime.parse("2024-06-01T06:30:00.123456Z")))
        .isEqualTo(1);
  }

  @DatabaseTest
  void instantsRoundTrip(TestDb db) throws Exception {
    List<Instant> instants =
        values(
            Instant.EPOCH,
            Instant.parse("1969-12-31T23:59:59.999999Z"),
            Instant.parse("2024-06-01T10:15:30.123456Z"),
            Instant.parse("9999-12-31T23:59:59.999999Z"),
            null);
    String table = createTable(db, SqlTypes.INSTANT);
    insert(db, table, SqlTypes.INSTANT, instants);

    assertThat(read(db, table, SqlTypes.INSTANT, "id")).isEqualTo(instants);
    assertThat(countEqual(db, table, SqlTypes.INSTANT, Instant.EPOCH)).isEqualTo(1);
    // An Instant column and an OffsetDateTime column are the same SQL type.
    assertThat(read(db, table, SqlTypes.TIMESTAMP_TZ, "id").get(2).toInstant())
        .isEqualTo(instants.get(2));
  }

  @DatabaseTest
  void valuesDoNotDependOnTheJvmTimeZone(TestDb db) throws Exception {
    TimeZone previous = TimeZone.getDefault();
    TimeZone.setDefault(
        TimeZone.getTimeZone("Europe/Berlin")); // before connecting: drivers read it
    try {
      List<LocalDateTime> local =
          values(
              LocalDateTime.of(2024, 3, 31, 2, 30), // does not exist in Berlin
              LocalDateTime.of(2024, 10, 27, 2, 30), // exists twice in Berlin
              LocalDateTime.of(1850, 6, 1, 12, 0)); // Berlin local mean time, +00:53:28
      assertThat(roundTrip(db, SqlTypes.TIMESTAMP, local)).isEqualTo(local);
      List<LocalDate> dates = values(LocalDate.of(2024, 3, 31), LocalDate.of(1850, 6, 1));
      assertThat(roundTrip(db, SqlTypes.DATE, dates)).isEqualTo(dates);
      List<Instant> instants =
          values(Instant.parse("2024-10-27T00:30:00Z"), Instant.parse("2024-10-27T01:30:00Z"));
      assertThat(roundTrip(db, SqlTypes.INSTANT, instants)).isEqualTo(instants);
      List<OffsetDateTime> offsets = values(OffsetDateTime.parse("2024-03-31T02:30:00+09:00"));
      assertThat(instants(roundTrip(db, SqlTypes.TIMESTAMP_TZ, offsets)))
          .isEqualTo(instants(offsets));
    } finally {
      TimeZone.setDefault(previous);
    }
  }

  private static List<Instant> instants(List<OffsetDateTime> values) {
    return values.stream().map(v -> v == null ? null : v.toInstant()).toList();
  }

  private static <T extends Comparable<? super T>> List<T> sorted(List<T> values) {
    List<T> sorted = new ArrayList<>(values.stream().filter(Objects::nonNull).toList());
    Collections.sort(sorted);
    return sorted;
  }
}
