package dev.cairn.core.dialect.mysql;

import dev.cairn.core.sql.type.JdbcCodec;
import dev.cairn.core.sql.type.JdbcCodecs;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.core.sql.type.StandardTypeDialect;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * MySQL's types: LONGTEXT, BOOLEAN (a {@code TINYINT(1)}), DOUBLE, DECIMAL, LONGBLOB and VARBINARY,
 * native JSON, UUID as {@code CHAR(36)}, {@code TIME(6)} and {@code DATETIME(6)}.
 *
 * <p>{@code REAL} ({@code Float}) is stored as {@code DOUBLE}, not {@code FLOAT}: the server sends
 * FLOAT values as text with six significant digits (so {@code 1.2345678f} would come back as {@code
 * 1.23457f}) and rejects {@code Float.MAX_VALUE}; a DOUBLE holds every float exactly.
 *
 * <p>A {@code TIMESTAMP_TZ} value ({@code OffsetDateTime} or {@code Instant}) is stored in a {@code
 * DATETIME(6)} column normalised to UTC, not in MySQL's {@code TIMESTAMP}, which ends in 2038 and
 * converts through the session time zone. The instant is preserved; an {@code OffsetDateTime} comes
 * back at offset UTC, whatever offset it was written with.
 *
 * <p>MySQL cannot store NaN or infinite floating-point values; binding one is a {@link
 * dev.cairn.core.CairnException}. String literals escape backslashes as well as quotes (the server
 * must not run with {@code NO_BACKSLASH_ESCAPES}).
 */
public class MySqlTypes extends StandardTypeDialect {

  /** Creates the MySQL types. */
  public MySqlTypes() {
    this("mysql");
  }

  /** Creates MySQL-like types for the dialect called {@code dialectName}. */
  protected MySqlTypes(String dialectName) {
    super(dialectName);
  }

  @Override
  public String ddlTypeName(SqlType<?> type) {
    return switch (type.kind()) {
      case REAL, DOUBLE -> "DOUBLE";
      case TIME -> "TIME(6)";
      case TIMESTAMP, TIMESTAMP_TZ -> "DATETIME(6)";
      default -> super.ddlTypeName(type);
    };
  }

  @Override
  public String castTypeName(SqlType<?> type) {
    return switch (type.kind()) {
      case SMALLINT, INTEGER, BIGINT, BOOLEAN -> "SIGNED";
      case VARCHAR, TEXT, ENUM -> "CHAR";
      case UUID -> uuidCastTypeName();
      case JSON -> jsonCastTypeName();
      case BINARY -> "BINARY";
      default -> super.castTypeName(type);
    };
  }

  /** The CAST target for UUIDs. */
  protected String uuidCastTypeName() {
    return "CHAR(36)";
  }

  /** The CAST target for JSON. */
  protected String jsonCastTypeName() {
    return "JSON";
  }

  /** {@code DECIMAL(p, s)}; without a declared precision the widest, {@code DECIMAL(65, 30)}. */
  @Override
  protected String numericTypeName(int precision, int scale) {
    return precision == 0 ? "DECIMAL(65, 30)" : "DECIMAL(" + precision + ", " + scale + ")";
  }

  @Override
  protected String textTypeName() {
    return "LONGTEXT";
  }

  @Override
  protected String uuidTypeName() {
    return "CHAR(36)";
  }

  @Override
  protected String binaryTypeName(int length) {
    return length > 0 ? "VARBINARY(" + length + ")" : "LONGBLOB";
  }

  @Override
  protected int maxVarcharLength() {
    return 16_383; // 65,535 bytes of utf8mb4
  }

  @Override
  protected int maxBinaryLength() {
    return 65_535;
  }

  @Override
  protected int maxNumericPrecision() {
    return 65;
  }

  @Override
  protected int maxNumericScale() {
    return 30;
  }

  @Override
  protected String stringLiteral(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  protected String dateLiteral(LocalDate value) {
    return "'" + value + "'";
  }

  @Override
  protected String timeLiteral(LocalTime value) {
    return "'" + TIME_TEXT.format(value) + "'";
  }

  @Override
  protected String timestampLiteral(LocalDateTime value) {
    return "'" + TIMESTAMP_TEXT.format(value) + "'";
  }

  @Override
  protected String timestampTzLiteral(OffsetDateTime value) {
    return timestampLiteral(utc(value));
  }

  @Override
  protected <T> JdbcCodec<T> createCodec(SqlType<T> type) {
    return switch (type.kind()) {
      case TIMESTAMP_TZ -> utcDateTimeCodec(type);
      case UUID -> uuidCodec(type);
      case REAL, DOUBLE -> finiteCodec(type);
      default -> super.createCodec(type);
    };
  }

  /** UUIDs as their 36-character text, for CHAR(36) and for MariaDB's native UUID alike. */
  @SuppressWarnings("unchecked")
  private static <T> JdbcCodec<T> uuidCodec(SqlType<T> type) {
    JdbcCodec<UUID> codec =
        JdbcCodecs.converting(
            JdbcCodecs.standard(SqlTypes.varchar(36)), UUID::toString, UUID::fromString);
    return (JdbcCodec<T>) codec;
  }

  @SuppressWarnings("unchecked")
  private <T> JdbcCodec<T> utcDateTimeCodec(SqlType<T> type) {
    JdbcCodec<LocalDateTime> local = JdbcCodecs.standard(SqlTypes.TIMESTAMP);
    if (type.javaType() == Instant.class) {
      JdbcCodec<Instant> codec =
          JdbcCodecs.converting(
              local,
              instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC),
              dateTime -> dateTime.toInstant(ZoneOffset.UTC));
      return (JdbcCodec<T>) codec;
    }
    JdbcCodec<OffsetDateTime> codec =
        JdbcCodecs.converting(
            local, MySqlTypes::utc, dateTime -> dateTime.atOffset(ZoneOffset.UTC));
    return (JdbcCodec<T>) codec;
  }

  private <T> JdbcCodec<T> finiteCodec(SqlType<T> type) {
    JdbcCodec<T> plain = super.createCodec(type);
    return JdbcCodecs.converting(
        plain,
        value -> {
          if (!Double.isFinite(((Number) value).doubleValue())) {
            throw cannotStore(
                type,
                "NaN and infinite values do not exist in "
                    + dialectName()
                    + "; bind a finite number or NULL");
          }
          return value;
        },
        value -> value);
  }

  private static LocalDateTime utc(OffsetDateTime value) {
    return value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }
}
