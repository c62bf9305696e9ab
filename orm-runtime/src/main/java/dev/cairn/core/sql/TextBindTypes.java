package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** Chooses the SQL type of a value bound to text SQL without a type, from its Java class. */
final class TextBindTypes {

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
    SqlType<?> type =
        value instanceof String
            ? SqlTypes.TEXT
            : value instanceof byte[] ? SqlTypes.BINARY : SqlTypes.forJavaType(value.getClass());
    if (type == null) {
      return new BoundValue<>(SqlTypes.OBJECT, value);
    }
    return new BoundValue((SqlType<Object>) type, value);
  }
}
