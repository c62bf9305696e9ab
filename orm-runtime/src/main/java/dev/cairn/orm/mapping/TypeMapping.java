package dev.cairn.orm.mapping;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.orm.annotation.Column;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The SQL type of a field's Java type: the Core {@link SqlTypes}, sized by {@link Column}. */
final class TypeMapping {

  /** What the error for an unsupported type lists. */
  static final String SUPPORTED =
      "String, boolean, short, int, long, float, double (and their wrappers), BigDecimal,"
          + " LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant, UUID, byte[] and enums";

  static final int DEFAULT_STRING_LENGTH = 255;
  static final int DEFAULT_PRECISION = 19;
  static final int DEFAULT_SCALE = 2;

  private TypeMapping() {}

  /** {@code type} boxed when it is a primitive. */
  static Class<?> wrap(Class<?> type) {
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }

  /**
   * The SQL type for values of {@code javaType} (boxed), sized by {@code column}; null when Cairn
   * does not map the type. Enums map by name; the caller handles ordinal storage.
   */
  static @Nullable SqlType<?> sqlType(
      Class<?> javaType, @Nullable Column column, Class<?> owner, String field) {
    Class<?> type = wrap(javaType);
    SqlType<?> fixed = SqlTypes.forJavaType(type);
    if (fixed != null) {
      return fixed;
    }
    int length = column == null ? Column.DEFAULT : column.length();
    if (type == String.class) {
      if (length == Column.DEFAULT) {
        return SqlTypes.varchar(DEFAULT_STRING_LENGTH);
      }
      return length == Column.UNBOUNDED
          ? SqlTypes.TEXT
          : SqlTypes.varchar(positive(length, owner, field));
    }
    if (type == byte[].class) {
      return length == Column.DEFAULT || length == Column.UNBOUNDED
          ? SqlTypes.BINARY
          : SqlTypes.binary(positive(length, owner, field));
    }
    if (type == BigDecimal.class) {
      return numeric(column, owner, field);
    }
    if (type.isEnum()) {
      return enumType(type);
    }
    return null;
  }

  private static SqlType<BigDecimal> numeric(
      @Nullable Column column, Class<?> owner, String field) {
    int precision =
        column == null || column.precision() == Column.DEFAULT
            ? DEFAULT_PRECISION
            : column.precision();
    int scale =
        column == null || column.scale() == Column.DEFAULT
            ? Math.min(DEFAULT_SCALE, precision)
            : column.scale();
    if (precision <= 0 || scale < 0 || scale > precision) {
      throw new MappingException(
          owner,
          field,
          "Field "
              + owner.getSimpleName()
              + "."
              + field
              + " declares numeric("
              + precision
              + ", "
              + scale
              + "); give @Column a precision > 0 and a scale between 0 and the precision");
    }
    return SqlTypes.numeric(precision, scale);
  }

  private static int positive(int length, Class<?> owner, String field) {
    if (length <= 0) {
      throw new MappingException(
          owner,
          field,
          "Field "
              + owner.getSimpleName()
              + "."
              + field
              + " declares length "
              + length
              + "; give @Column a positive length, or Column.UNBOUNDED for unbounded text");
    }
    return length;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static SqlType<?> enumType(Class<?> type) {
    return SqlTypes.enumType((Class) type);
  }
}
