package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;
import java.util.List;

/** The SQL type to bind a plain Java value with, where no column gives one (CASE results). */
final class ValueTypes {

  private static final List<SqlType<?>> PLAIN =
      List.of(
          SqlTypes.TEXT,
          SqlTypes.INTEGER,
          SqlTypes.BIGINT,
          SqlTypes.SMALLINT,
          SqlTypes.BOOLEAN,
          SqlTypes.DOUBLE,
          SqlTypes.REAL,
          SqlTypes.DATE,
          SqlTypes.TIME,
          SqlTypes.TIMESTAMP,
          SqlTypes.TIMESTAMP_TZ,
          SqlTypes.INSTANT,
          SqlTypes.UUID_TYPE,
          SqlTypes.BINARY);

  private ValueTypes() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T> SqlType<T> of(T value) {
    return (SqlType<T>) typeOf(value);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static SqlType<?> typeOf(Object value) {
    if (value instanceof Enum<?> e) {
      return SqlTypes.enumType((Class) e.getDeclaringClass());
    }
    if (value instanceof BigDecimal d) {
      return decimal(d);
    }
    for (SqlType<?> type : PLAIN) {
      if (type.javaType() == value.getClass()) {
        return type;
      }
    }
    throw new CairnException(
        "Cannot tell the SQL type of a "
            + value.getClass().getName()
            + " value; pass Sql.value(type, value) instead");
  }

  private static SqlType<BigDecimal> decimal(BigDecimal value) {
    int scale = Math.max(value.scale(), 0);
    return SqlTypes.numeric(Math.max(value.precision(), scale), scale);
  }
}
