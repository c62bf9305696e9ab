package dev.cairn.core.schema;

/**
 * How a column is defined beyond its name and type. Immutable; {@link Column}'s definition methods
 * produce changed copies.
 *
 * @param nullable whether NULL is accepted
 * @param primaryKey whether the column is part of the primary key
 * @param <T> the Java type of the column's values
 */
public record ColumnOptions<T>(boolean nullable, boolean primaryKey) {

  /** The options of a freshly declared column: nullable, no key. */
  public static <T> ColumnOptions<T> defaults() {
    return new ColumnOptions<>(true, false);
  }

  ColumnOptions<T> withNullable(boolean value) {
    return new ColumnOptions<>(value, primaryKey);
  }

  ColumnOptions<T> withPrimaryKey(boolean value) {
    return new ColumnOptions<>(nullable, value);
  }
}
