package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.CairnException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Dates and times as SQLite text in one canonical form, the shortest: {@code YYYY-MM-DD}, {@code
 * HH:MM:SS} and {@code YYYY-MM-DD HH:MM:SS}, followed by a fraction only when the value has one,
 * and then without trailing zeros ({@code .5}, {@code .62}, {@code .123456}). Whole seconds are
 * what SQLite's own {@code CURRENT_TIMESTAMP}, {@code datetime()} and {@code time()} write, and
 * short fractions what most programs write, so a bound value equals a row they wrote; and text
 * order is still time order, because a fraction without trailing zeros compares digit by digit like
 * a number (a whole second is a prefix of every later instant within it). Zoned values are written
 * in UTC without a suffix, like {@code CURRENT_TIMESTAMP}. Reading also accepts a {@code T}
 * separator, fractions padded with zeros and an offset suffix, as written by SQLite's functions or
 * by other programs; such rows read correctly but do not compare equal to a bound value.
 */
final class SqliteTimeText {

  private static final DateTimeFormatter LENIENT =
      new DateTimeFormatterBuilder()
          .optionalStart()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:mm", "Z")
          .optionalEnd()
          .toFormatter();

  private SqliteTimeText() {}

  static String date(LocalDate value) {
    StringBuilder text = new StringBuilder(10);
    appendDate(text, value.getYear(), value.getMonthValue(), value.getDayOfMonth());
    return text.toString();
  }

  static String time(LocalTime value) {
    StringBuilder text = new StringBuilder(15);
    appendTime(text, value);
    return text.toString();
  }

  static String timestamp(LocalDateTime value) {
    StringBuilder text = new StringBuilder(26);
    appendDate(text, value.getYear(), value.getMonthValue(), value.getDayOfMonth());
    appendTime(text.append(' '), value.toLocalTime());
    return text.toString();
  }

  static String utcTimestamp(OffsetDateTime value) {
    return timestamp(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
  }

  static String utcTimestamp(Instant value) {
    return timestamp(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
  }

  static LocalDate parseDate(String text) {
    if (text.length() == 10) {
      LocalDate fast = fastDate(text);
      if (fast != null) {
        return fast;
      }
    }
    return parse(text, "DATE", LocalDate::from);
  }

  static LocalTime parseTime(String text) {
    if (text.length() >= 8 && text.length() <= 15) {
      LocalTime fast = fastTime(text, 0);
      if (fast != null) {
        return fast;
      }
    }
    return parse(text, "TIME", LocalTime::from);
  }

  static LocalDateTime parseTimestamp(String text) {
    if (text.length() >= 19 && text.length() <= 26 && text.charAt(10) == ' ') {
      LocalDate date = fastDate(text);
      LocalTime time = fastTime(text, 11);
      if (date != null && time != null) {
        return LocalDateTime.of(date, time);
      }
    }
    return parse(text, "TIMESTAMP", LocalDateTime::from);
  }

  static OffsetDateTime parseUtcTimestamp(String text) {
    if (text.length() >= 19 && text.length() <= 26 && text.charAt(10) == ' ') {
      return parseTimestamp(text).atOffset(ZoneOffset.UTC);
    }
    return parse(
        text,
        "TIMESTAMP_TZ",
        parsed ->
            parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? OffsetDateTime.from(parsed)
                : LocalDateTime.from(parsed).atOffset(ZoneOffset.UTC));
  }

  private static void appendDate(StringBuilder text, int year, int month, int day) {
    if (year < 0 || year > 9999) {
      throw new CairnException(
          "sqlite cannot store a date in year "
              + year
              + ": dates are kept as 'YYYY-MM-DD' text, which sorts correctly only for years 0000"
              + " to 9999; use a date in that range");
    }
    pad(text, year, 4).append('-');
    pad(text, month, 2).append('-');
    pad(text, day, 2);
  }

  private static void appendTime(StringBuilder text, LocalTime value) {
    pad(text, value.getHour(), 2).append(':');
    pad(text, value.getMinute(), 2).append(':');
    pad(text, value.getSecond(), 2);
    int micros = value.getNano() / 1000;
    if (micros != 0) {
      int digits = 6;
      while (micros % 10 == 0) {
        micros /= 10;
        digits--;
      }
      pad(text.append('.'), micros, digits);
    }
  }

  private static StringBuilder pad(StringBuilder text, int value, int width) {
    int limit = 1;
    for (int i = 1; i < width; i++) {
      limit *= 10;
    }
    while (limit > 1 && value < limit) {
      text.append('0');
      limit /= 10;
    }
    return text.append(value);
  }

  private static @Nullable LocalDate fastDate(String text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    return of(text, "DATE", () -> LocalDate.of(year, month, day));
  }

  /**
   * {@code HH:MM:SS} with an optional fraction of one to six digits, from {@code from} to the end
   * of {@code text}; null when the text has another shape.
   */
  private static @Nullable LocalTime fastTime(String text, int from) {
    int fractionDigits = text.length() - from - 9;
    if (text.charAt(from + 2) != ':'
        || text.charAt(from + 5) != ':'
        || fractionDigits == 0
        || (fractionDigits > 0 && text.charAt(from + 8) != '.')) {
      return null;
    }
    int hour = digits(text, from, from + 2);
    int minute = digits(text, from + 3, from + 5);
    int second = digits(text, from + 6, from + 8);
    int fraction = fractionDigits > 0 ? digits(text, from + 9, text.length()) : 0;
    if (hour < 0 || minute < 0 || second < 0 || fraction < 0) {
      return null;
    }
    int nanos = fraction;
    for (int i = Math.max(fractionDigits, 0); i < 9; i++) {
      nanos *= 10;
    }
    int nano = nanos;
    return of(text, "TIME", () -> LocalTime.of(hour, minute, second, nano));
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static <T> T of(String text, String kind, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (DateTimeException e) {
      throw notIso(text, kind, e);
    }
  }

  private static <T> T parse(String text, String kind, TemporalQuery<T> query) {
    try {
      TemporalAccessor parsed = LENIENT.parse(text);
      return query.queryFrom(parsed);
    } catch (DateTimeException e) {
      throw notIso(text, kind, e);
    }
  }

  private static CairnException notIso(String text, String kind, DateTimeException cause) {
    return new CairnException(
        "sqlite column value '"
            + text
            + "' is not an ISO-8601 "
            + kind
            + "; Cairn stores these as text like '2024-01-31 13:45:00' or '2024-01-31 13:45:00.25'."
            + " Fix the stored value",
        cause);
  }
}
