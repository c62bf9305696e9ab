package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Chooses the SQL type of a value bound to text SQL without a type, from its Java class. */
final class TextBindTypes {

  private static final Map<Class<?>, SqlType<?>> BY_CLASS =
      Map.ofEntries(
          Map.entry(Short.class, SqlTypes.SMALLINT),
          Map.entry(Integer.class, SqlTypes.INTEGER),
          Map.entry(Long.class, SqlTypes.BIGINT),
          Map.entry(String.class, SqlTypes.TEXT),
          Map.entry(Boolean.class, SqlTypes.BOOLEAN),
          Map.entry(Float.class, SqlTypes.REAL),
          Map.entry(Double.class, SqlTypes.DOUBLE),
          Map.entry(LocalDate.class, SqlTypes.DATE),
          Map.entry(LocalTime.class, SqlTypes.TIME),
          Map.entry(LocalDateTime.class, SqlTypes.TIMESTAMP),
          Map.entry(OffsetDateTime.class, SqlTypes.TIMESTAMP_TZ),
          Map.entry(Instant.class, SqlTypes.INSTANT),
          Map.entry(UUID.class, SqlTypes.UUID_TYPE),
          Map.entry(byte[].class, SqlTypes.BINARY));

  private TextBindTypes() {}

  /** {@code value} bound with the type its class suggests; unknown classes with setObject. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Expression<?> bound(@Nullable Object value) {
    if (value == null) {
      return new BoundValue<>(SqlTypes.OBJECT, null);
    }
    if (value instanceof Enum<?> constant) {
      return new BoundValue(SqlTypes.enumType(constant.getDeclaringClass()), value);
    }
    SqlType<?> type = BY_CLASS.get(value.getClass());
    if (type == null) {
      return new BoundValue<>(SqlTypes.OBJECT, value);
    }
    return new BoundValue((SqlType<Object>) type, value);
  }
}
