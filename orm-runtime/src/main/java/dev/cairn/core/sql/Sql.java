package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * The static facade every statement starts from: {@code Sql.select(…)}, {@code Sql.insertInto(…)},
 * {@code Sql.update(…)}, {@code Sql.deleteFrom(…)}, functions, conditions and values.
 */
public final class Sql {

  private Sql() {}

  /**
   * A value bound as a parameter of {@code type}; a {@link dev.cairn.core.CairnException} when the
   * type does not accept the value ({@link SqlType#checkValue}).
   */
  public static <T> Expression<T> value(SqlType<T> type, @Nullable T value) {
    return new BoundValue<>(type, type.checkValue(value));
  }

  /** A named placeholder, given its value at execution: build once, execute many times. */
  public static <T> Expression<T> param(String name, SqlType<T> type) {
    return new NamedParameter<>(name, type);
  }

  /** {@code NOT (condition)}. */
  public static Condition not(Condition condition) {
    return condition.not();
  }
}
