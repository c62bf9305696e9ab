package dev.cairn.core.sql.type;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The SQL types, as constants and factories: {@code SqlTypes.BIGINT}, {@code SqlTypes.varchar(50)}.
 */
public final class SqlTypes {

  /** SMALLINT, as {@code Short}. */
  public static final SqlType<Short> SMALLINT = of(TypeKind.SMALLINT, Short.class);

  /** INTEGER, as {@code Integer}. */
  public static final SqlType<Integer> INTEGER = of(TypeKind.INTEGER, Integer.class);

  /** BIGINT, as {@code Long}. */
  public static final SqlType<Long> BIGINT = of(TypeKind.BIGINT, Long.class);

  /** Unbounded text, as {@code String}. */
  public static final SqlType<String> TEXT = of(TypeKind.TEXT, String.class);

  /** BOOLEAN, as {@code Boolean}. */
  public static final SqlType<Boolean> BOOLEAN = of(TypeKind.BOOLEAN, Boolean.class);

  /** Single-precision floating point, as {@code Float}. */
  public static final SqlType<Float> REAL = of(TypeKind.REAL, Float.class);

  /** Double-precision floating point, as {@code Double}. */
  public static final SqlType<Double> DOUBLE = of(TypeKind.DOUBLE, Double.class);

  /** DATE, as {@code LocalDate}. */
  public static final SqlType<LocalDate> DATE = of(TypeKind.DATE, LocalDate.class);

  /** TIME without time zone, as {@code LocalTime}. */
  public static final SqlType<LocalTime> TIME = of(TypeKind.TIME, LocalTime.class);

  /** TIMESTAMP without time zone, as {@code LocalDateTime}. */
  public static final SqlType<LocalDateTime> TIMESTAMP =
      of(TypeKind.TIMESTAMP, LocalDateTime.class);

  /** TIMESTAMP WITH TIME ZONE, as {@code OffsetDateTime}. */
  public static final SqlType<OffsetDateTime> TIMESTAMP_TZ =
      of(TypeKind.TIMESTAMP_TZ, OffsetDateTime.class);

  /** TIMESTAMP WITH TIME ZONE, as {@code Instant}. */
  public static final SqlType<Instant> INSTANT = of(TypeKind.TIMESTAMP_TZ, Instant.class);

  /** UUID (native where the database has it, else text), as {@code UUID}. */
  public static final SqlType<UUID> UUID_TYPE = of(TypeKind.UUID, UUID.class);

  /** Unbounded binary data, as {@code byte[]}. */
  public static final SqlType<byte[]> BINARY = of(TypeKind.BINARY, byte[].class);

  /** JSON text, as {@code String}; the dialect's native JSON type where it has one. */
  public static final SqlType<String> JSON = of(TypeKind.JSON, String.class);

  /**
   * NUMERIC without a declared precision (PostgreSQL's unconstrained {@code numeric}, SQLite's
   * {@code NUMERIC}), as {@code BigDecimal}: values keep the scale they have.
   */
  public static final SqlType<BigDecimal> NUMERIC = of(TypeKind.NUMERIC, BigDecimal.class);

  /** A value of unknown type, bound with {@code setObject} and read with {@code getObject}. */
  public static final SqlType<Object> OBJECT = of(TypeKind.OBJECT, Object.class);

  private static final java.util.Map<Class<?>, SqlType<?>> BY_JAVA_TYPE =
      java.util.Map.ofEntries(
          java.util.Map.entry(Boolean.class, BOOLEAN),
          java.util.Map.entry(Short.class, SMALLINT),
          java.util.Map.entry(Integer.class, INTEGER),
          java.util.Map.entry(Long.class, BIGINT),
          java.util.Map.entry(Float.class, REAL),
          java.util.Map.entry(Double.class, DOUBLE),
          java.util.Map.entry(LocalDate.class, DATE),
          java.util.Map.entry(LocalTime.class, TIME),
          java.util.Map.entry(LocalDateTime.class, TIMESTAMP),
          java.util.Map.entry(OffsetDateTime.class, TIMESTAMP_TZ),
          java.util.Map.entry(Instant.class, INSTANT),
          java.util.Map.entry(UUID.class, UUID_TYPE));

  private SqlTypes() {}

  /**
   * The SQL type that values of {@code javaType} map to when the type has no size to choose
   * (numbers, booleans, dates and times, UUID); null for sized or unknown types such as {@code
   * String}, {@code BigDecimal} and {@code byte[]}, whose callers pick a length or precision.
   */
  public static @org.jspecify.annotations.Nullable SqlType<?> forJavaType(Class<?> javaType) {
    return BY_JAVA_TYPE.get(javaType);
  }

  /** VARCHAR of at most {@code length} characters. */
  public static SqlType<String> varchar(int length) {
    if (length <= 0) {
      throw new IllegalArgumentException("varchar length must be positive, got " + length);
    }
    return new SqlType<>(TypeKind.VARCHAR, String.class, length, 0, 0);
  }

  /** NUMERIC with {@code precision} digits, {@code scale} of them after the point. */
  public static SqlType<BigDecimal> numeric(int precision, int scale) {
    if (precision <= 0 || scale < 0 || scale > precision) {
      throw new IllegalArgumentException(
          "numeric("
              + precision
              + ", "
              + scale
              + ") needs 0 < precision and 0 <= scale <= precision");
    }
    return new SqlType<>(TypeKind.NUMERIC, BigDecimal.class, 0, precision, scale);
  }

  /** VARBINARY of at most {@code length} bytes. */
  public static SqlType<byte[]> binary(int length) {
    return new SqlType<>(TypeKind.BINARY, byte[].class, length, 0, 0);
  }

  /** A Java enum stored by {@code name()} in a varchar as long as the longest constant. */
  public static <E extends Enum<E>> SqlType<E> enumType(Class<E> enumClass) {
    int longest = 1;
    for (E constant : enumClass.getEnumConstants()) {
      longest = Math.max(longest, constant.name().length());
    }
    return new SqlType<>(TypeKind.ENUM, enumClass, longest, 0, 0);
  }

  /**
   * Text in a column of a database-defined enum type, as {@code String}: PostgreSQL's {@code CREATE
   * TYPE typeName AS ENUM (labels)} (values are bound so that the server reads them as that type,
   * and {@code rating = ?} compares enum to enum), or the inline {@code ENUM(labels)} of MySQL,
   * MariaDB and H2, where {@code typeName} is only a label. Cairn does not create the PostgreSQL
   * type; {@code CREATE TABLE} names it, so create it first (in a migration). SQLite stores the
   * text as TEXT.
   *
   * @param typeName the enum type's name (PostgreSQL), as written in {@code CREATE TYPE}
   * @param labels the enum's labels in order; needed to create tables on MySQL, MariaDB and H2
   */
  public static SqlType<String> nativeEnum(String typeName, String... labels) {
    if (typeName == null || typeName.isBlank()) {
      throw new IllegalArgumentException("a native enum needs the name of its type");
    }
    int longest = 0;
    for (String label : labels) {
      longest = Math.max(longest, label.length());
    }
    return new SqlType<>(
        TypeKind.ENUM, String.class, longest, 0, 0, typeName, java.util.List.of(labels));
  }

  /**
   * A database type Cairn does not map, known by its name ({@code tsvector}, {@code text[]}, {@code
   * SET(...)}): values are bound with {@code setObject} and read with {@code getObject}, and {@code
   * CREATE TABLE} writes {@code typeName} as is. Reflection gives columns of such types this type.
   */
  public static SqlType<Object> other(String typeName) {
    if (typeName == null || typeName.isBlank()) {
      throw new IllegalArgumentException("a type known by name needs the name");
    }
    return new SqlType<>(TypeKind.OBJECT, Object.class, 0, 0, 0, typeName, java.util.List.of());
  }

  private static <T> SqlType<T> of(TypeKind kind, Class<T> javaType) {
    return new SqlType<>(kind, javaType, 0, 0, 0);
  }
}
