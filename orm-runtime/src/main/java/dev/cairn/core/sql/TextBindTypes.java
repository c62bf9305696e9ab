package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Chooses the SQL type of a value bound to text SQL without a type, from its Java class. */
final class TextBindTypes {

  private TextBindTypes() {}

  /**
   * {@code value} bound with the type its class suggests; unknown classes with setObject; a
   * collection or an object array expands to one parameter per element.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Expression<?> bound(@Nullable Object value) {
    if (value == null) {
      return new BoundValue<>(SqlTypes.OBJECT, null);
    }
    if (value instanceof Collection<?> collection) {
      return list(collection);
    }
    if (value instanceof Object[] array) {
      return list(Arrays.asList(array));
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

  private static BoundList list(Collection<?> values) {
    List<Expression<?>> elements = new ArrayList<>(values.size());
    for (Object element : values) {
      elements.add(bound(element));
    }
    return new BoundList(elements);
  }
}
