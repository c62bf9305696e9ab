package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.sql.type.JdbcCodec;
import dev.cairn.core.sql.type.JdbcCodecs;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.core.sql.type.StandardTypeDialect;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * SQLite's types, declared with SQLite's five affinity names (INTEGER, TEXT, REAL, NUMERIC, BLOB).
 *
 * <ul>
 *   <li>Booleans are 0 and 1; UUIDs, enums (also native ones) and JSON are text.
 *   <li>{@code LocalDate}, {@code LocalTime} and {@code LocalDateTime} are ISO-8601 text in its
 *       shortest form: a fraction only when there is one, without trailing zeros ({@code 2024-01-31
 *       13:45:00}, as SQLite's {@code CURRENT_TIMESTAMP} writes it, or {@code 2024-01-31
 *       13:45:00.25}). A bound value so equals a row SQLite or another program wrote that way, text
 *       order is time order, and SQLite's date functions read them; years 0000 to 9999 only.
 *   <li>{@code OffsetDateTime} and {@code Instant} are the same text normalised to UTC, like {@code
 *       CURRENT_TIMESTAMP}; an {@code OffsetDateTime} comes back at offset UTC, same instant.
 *   <li>{@code BigDecimal} is stored as an integer when whole, else as a float of at most 15
 *       significant digits (anything longer is refused), and read back with the declared scale.
 *   <li>NaN cannot be stored (SQLite turns it into NULL); binding it is an error.
 * </ul>
 */
public class SqliteTypes extends StandardTypeDialect {

  private static final JdbcCodec<String> TEXT = JdbcCodecs.standard(SqlTypes.TEXT);

  /** Creates the SQLite types. */
  public SqliteTypes() {
    super("sqlite");
  }

  @Override
  public String ddlTypeName(SqlType<?> type) {
    return switch (type.kind()) {
      case SMALLINT, INTEGER, BIGINT, BOOLEAN -> "INTEGER";
      case VARCHAR, TEXT, ENUM, JSON, UUID, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ -> "TEXT";
      case REAL, DOUBLE -> "REAL";
      case NUMERIC -> "NUMERIC";
      case BINARY -> "BLOB";
      case OBJECT -> super.ddlTypeName(type);
    };
  }

  @Override
  protected String booleanLiteral(boolean value) {
    return value ? "1" : "0";
  }

  @Override
  protected String dateLiteral(LocalDate value) {
    return "'" + SqliteTimeText.date(value) + "'";
  }

  @Override
  protected String timeLiteral(LocalTime value) {
    return "'" + SqliteTimeText.time(value) + "'";
  }

  @Override
  protected String timestampLiteral(LocalDateTime value) {
    return "'" + SqliteTimeText.timestamp(value) + "'";
  }

  @Override
  protected String timestampTzLiteral(OffsetDateTime value) {
    return "'" + SqliteTimeText.utcTimestamp(value) + "'";
  }

  @Override
  @SuppressWarnings("unchecked")
  protected <T> JdbcCodec<T> createCodec(SqlType<T> type) {
    JdbcCodec<?> codec =
        switch (type.kind()) {
          case DATE -> JdbcCodecs.converting(TEXT, SqliteTimeText::date, SqliteTimeText::parseDate);
          case TIME -> JdbcCodecs.converting(TEXT, SqliteTimeText::time, SqliteTimeText::parseTime);
          case TIMESTAMP ->
              JdbcCodecs.converting(
                  TEXT, SqliteTimeText::timestamp, SqliteTimeText::parseTimestamp);
          case TIMESTAMP_TZ -> type.javaType() == Instant.class ? instantCodec() : offsetCodec();
          case UUID -> JdbcCodecs.converting(TEXT, UUID::toString, UUID::fromString);
          case NUMERIC -> new SqliteDecimalCodec((SqlType<BigDecimal>) type);
          case REAL, DOUBLE -> noNanCodec(type);
          default -> super.createCodec(type);
        };
    return (JdbcCodec<T>) codec;
  }

  private static JdbcCodec<Instant> instantCodec() {
    return JdbcCodecs.converting(
        TEXT,
        (Instant value) -> SqliteTimeText.utcTimestamp(value),
        text -> SqliteTimeText.parseUtcTimestamp(text).toInstant());
  }

  private static JdbcCodec<OffsetDateTime> offsetCodec() {
    return JdbcCodecs.converting(
        TEXT,
        (OffsetDateTime value) -> SqliteTimeText.utcTimestamp(value),
        text -> SqliteTimeText.parseUtcTimestamp(text).withOffsetSameInstant(ZoneOffset.UTC));
  }

  private <T> JdbcCodec<T> noNanCodec(SqlType<T> type) {
    return JdbcCodecs.converting(
        super.createCodec(type),
        value -> {
          if (Double.isNaN(((Number) value).doubleValue())) {
            throw cannotStore(type, "SQLite stores NaN as NULL; bind a number or NULL");
          }
          return value;
        },
        value -> value);
  }
}
