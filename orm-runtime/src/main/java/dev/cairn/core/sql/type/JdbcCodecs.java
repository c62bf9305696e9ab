package dev.cairn.core.sql.type;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;

/**
 * Building blocks for {@link JdbcCodec}s: the standard JDBC 4.2 codec of each type, and a
 * converting codec that stores a value through another one (a UUID as text, an instant as a UTC
 * timestamp). Dialects combine them in {@link StandardTypeDialect#createCodec}; callers that bind
 * and read values get codecs from {@link TypeDialect#codec}, which caches them.
 */
public final class JdbcCodecs {

  private static final JdbcCodec<LocalDate> LOCAL_DATE =
      new ObjectCodec<>(LocalDate.class, Types.DATE);
  private static final JdbcCodec<LocalTime> LOCAL_TIME =
      new ConvertingCodec<>(
          new ObjectCodec<>(LocalTime.class, Types.TIME),
          value -> value.getNano() % 1000 == 0 ? value : value.truncatedTo(ChronoUnit.MICROS),
          value -> value);
  private static final JdbcCodec<LocalDateTime> LOCAL_DATE_TIME =
      new ConvertingCodec<>(
          new ObjectCodec<>(LocalDateTime.class, Types.TIMESTAMP),
          value -> value.getNano() % 1000 == 0 ? value : value.truncatedTo(ChronoUnit.MICROS),
          value -> value);
  private static final JdbcCodec<OffsetDateTime> OFFSET_DATE_TIME =
      new ConvertingCodec<>(
          new ObjectCodec<>(OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE),
          value -> value.getNano() % 1000 == 0 ? value : value.truncatedTo(ChronoUnit.MICROS),
          value -> value);
  private static final JdbcCodec<Instant> INSTANT =
      new ConvertingCodec<>(
          OFFSET_DATE_TIME, value -> value.atOffset(ZoneOffset.UTC), OffsetDateTime::toInstant);
  private static final JdbcCodec<UUID> UUID_OBJECT = new ObjectCodec<>(UUID.class, Types.OTHER);
  private static final JdbcCodec<Object> OBJECT = new ObjectCodec<>(Object.class, Types.NULL);

  private JdbcCodecs() {}

  /**
   * The standard codec for {@code type}: primitive setters and getters with {@code wasNull} for
   * numbers and booleans, {@code setString} for text, JSON, native enums and enums (by {@code
   * name()}), {@code setBytes} for binary, {@code setObject}/{@code getObject(i, Class)} for {@code
   * java.time} values and UUIDs, and an {@code Instant} through an {@code OffsetDateTime} in UTC.
   * Times and timestamps are truncated to microseconds before binding, the precision every database
   * keeps, so that no database rounds where another truncates.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T> JdbcCodec<T> standard(SqlType<T> type) {
    Class<T> javaType = type.javaType();
    JdbcCodec<?> codec =
        switch (type.kind()) {
          case SMALLINT -> IntegerCodecs.SHORT;
          case INTEGER -> IntegerCodecs.INT;
          case BIGINT -> IntegerCodecs.LONG;
          case BOOLEAN -> IntegerCodecs.BOOLEAN;
          case VARCHAR, TEXT, JSON -> TextCodecs.STRING;
          case NUMERIC -> DecimalCodecs.BIG_DECIMAL;
          case REAL -> DecimalCodecs.FLOAT;
          case DOUBLE -> DecimalCodecs.DOUBLE;
          case DATE -> LOCAL_DATE;
          case TIME -> LOCAL_TIME;
          case TIMESTAMP -> LOCAL_DATE_TIME;
          case TIMESTAMP_TZ -> javaType == Instant.class ? INSTANT : OFFSET_DATE_TIME;
          case UUID -> UUID_OBJECT;
          case BINARY -> TextCodecs.BYTES;
          case ENUM ->
              javaType == String.class
                  ? TextCodecs.STRING
                  : new EnumCodec(javaType.asSubclass(Enum.class));
          case OBJECT -> OBJECT;
        };
    return (JdbcCodec<T>) codec;
  }

  /**
   * A codec that stores {@code T} values as {@code S} values through {@code stored}: {@code
   * toStored} runs before binding, {@code fromStored} after reading; neither sees null.
   */
  public static <T, S> JdbcCodec<T> converting(
      JdbcCodec<S> stored,
      Function<? super T, ? extends S> toStored,
      Function<? super S, ? extends T> fromStored) {
    return new ConvertingCodec<>(stored, toStored, fromStored);
  }

  /**
   * A codec binding with {@code setObject} (or {@code setNull(index, nullType)}) and reading with
   * {@code getObject(index, javaType)}.
   */
  public static <T> JdbcCodec<T> object(Class<T> javaType, int nullType) {
    return new ObjectCodec<>(javaType, nullType);
  }
}
