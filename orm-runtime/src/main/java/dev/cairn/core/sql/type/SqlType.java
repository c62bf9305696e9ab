package dev.cairn.core.sql.type;

import dev.cairn.core.CairnException;
import java.util.List;
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
  private final @Nullable String typeName;
  private final List<String> labels;

  SqlType(TypeKind kind, Class<T> javaType, int length, int precision, int scale) {
    this(kind, javaType, length, precision, scale, null, List.of());
  }

  SqlType(
      TypeKind kind,
      Class<T> javaType,
      int length,
      int precision,
      int scale,
      @Nullable String typeName,
      List<String> labels) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.javaType = Objects.requireNonNull(javaType, "javaType");
    this.length = length;
    this.precision = precision;
    this.scale = scale;
    this.typeName = typeName;
    this.labels = List.copyOf(labels);
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

  /**
   * The database's own name of the type, for a type Cairn knows by name only: a native enum ({@link
   * SqlTypes#nativeEnum}) or a type it does not map ({@link SqlTypes#other}); null for every other
   * type.
   */
  public @Nullable String typeName() {
    return typeName;
  }

  /** The labels of a native enum in declaration order; empty for every other type. */
  public List<String> labels() {
    return labels;
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
        && scale == other.scale
        && Objects.equals(typeName, other.typeName)
        && labels.equals(other.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, javaType, length, precision, scale, typeName, labels);
  }

  @Override
  public String toString() {
    if (typeName != null) {
      return kind == TypeKind.ENUM ? "ENUM " + typeName + labels : typeName;
    }
    return switch (kind) {
      case VARCHAR, BINARY, ENUM -> kind + "(" + length + ")";
      case NUMERIC -> precision == 0 ? kind.name() : kind + "(" + precision + "," + scale + ")";
      default -> kind.name();
    };
  }
}
