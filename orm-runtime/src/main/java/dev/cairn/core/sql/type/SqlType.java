package dev.cairn.core.sql.type;

import dev.cairn.core.CairnException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SQL type together with the Java type it maps to. Immutable; obtain instances from {@link
 * SqlTypes}. How a value is bound and read, and the type's DDL name, are the dialect's business
 * ({@link TypeDialect}).
 *
 * @param <T> the Java type of values of this SQL type
 */
public final class SqlType<T> {

  private final TypeKind kind;
  private final Class<T> javaType;
  private final int length;
  private final int precision;
  private final int scale;

  SqlType(TypeKind kind, Class<T> javaType, int length, int precision, int scale) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.javaType = Objects.requireNonNull(javaType, "javaType");
    this.length = length;
    this.precision = precision;
    this.scale = scale;
  }

  /** The portable kind of this type. */
  public TypeKind kind() {
    return kind;
  }

  /** The Java type of values. */
  public Class<T> javaType() {
    return javaType;
  }

  /** The declared length of a varchar, binary or enum column, or 0 when unbounded. */
  public int length() {
    return length;
  }

  /** The declared precision of a numeric column, or 0 when unspecified. */
  public int precision() {
    return precision;
  }

  /** The declared scale of a numeric column. */
  public int scale() {
    return scale;
  }

  /** Whether {@code value} may be bound as a value of this type. */
  public boolean accepts(Object value) {
    return javaType.isInstance(value);
  }

  /**
   * {@code value} as a value of this type, or a {@link CairnException} naming the expected Java
   * type when this type does not accept it. Null passes (SQL NULL). The value itself is not
   * printed.
   */
  public @Nullable T checkValue(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (!javaType.isInstance(value)) {
      throw new CairnException(
          "A value of "
              + value.getClass().getName()
              + " cannot be bound as "
              + this
              + "; expected "
              + javaType.getName()
              + ". Convert the value or declare the parameter with the matching SqlType");
    }
    return javaType.cast(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SqlType<?> other
        && kind == other.kind
        && javaType == other.javaType
        && length == other.length
        && precision == other.precision
        && scale == other.scale;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, javaType, length, precision, scale);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case VARCHAR, BINARY, ENUM -> kind + "(" + length + ")";
      case NUMERIC -> kind + "(" + precision + "," + scale + ")";
      default -> kind.name();
    };
  }
}
