package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A typed SQL expression: a column, a bound value, a function call, a subquery. The comparison
 * methods take values of the expression's own Java type, so a comparison of the wrong type does not
 * compile: {@code users.name.eq(42)} is rejected by javac.
 *
 * @param <T> the Java type of the expression's values
 */
public interface Expression<T> extends SqlNode {

  /** The SQL type of the expression's values. */
  SqlType<T> type();

  /** {@code this = value}; a null value means {@code IS NULL}. */
  default Condition eq(T value) {
    return value == null ? isNull() : Comparison.of(this, "=", operand(value));
  }

  /** {@code this = other}. */
  default Condition eq(Expression<T> other) {
    return Comparison.of(this, "=", other);
  }

  /** {@code this <> value}; a null value means {@code IS NOT NULL}. */
  default Condition ne(T value) {
    return value == null ? isNotNull() : Comparison.of(this, "<>", operand(value));
  }

  /** {@code this <> other}. */
  default Condition ne(Expression<T> other) {
    return Comparison.of(this, "<>", other);
  }

  /** {@code this < value}. */
  default Condition lt(T value) {
    return Comparison.of(this, "<", operand(value));
  }

  /** {@code this < other}. */
  default Condition lt(Expression<T> other) {
    return Comparison.of(this, "<", other);
  }

  /** {@code this <= value}. */
  default Condition le(T value) {
    return Comparison.of(this, "<=", operand(value));
  }

  /** {@code this <= other}. */
  default Condition le(Expression<T> other) {
    return Comparison.of(this, "<=", other);
  }

  /** {@code this > value}. */
  default Condition gt(T value) {
    return Comparison.of(this, ">", operand(value));
  }

  /** {@code this > other}. */
  default Condition gt(Expression<T> other) {
    return Comparison.of(this, ">", other);
  }

  /** {@code this >= value}. */
  default Condition ge(T value) {
    return Comparison.of(this, ">=", operand(value));
  }

  /** {@code this >= other}. */
  default Condition ge(Expression<T> other) {
    return Comparison.of(this, ">=", other);
  }

  /** {@code this IS NULL}. */
  default Condition isNull() {
    return new NullCheck(this, false);
  }

  /** {@code this IS NOT NULL}. */
  default Condition isNotNull() {
    return new NullCheck(this, true);
  }

  /** {@code this IN (?, ?, …)}; an empty collection gives a condition that is always false. */
  default Condition in(Collection<? extends T> values) {
    return InList.of(this, values, false);
  }

  /** {@code this IN (?, ?, …)}. */
  @SuppressWarnings("unchecked")
  default Condition in(T... values) {
    return InList.of(this, List.of(values), false);
  }

  /** {@code this NOT IN (?, ?, …)}; an empty collection gives a condition that is always true. */
  default Condition notIn(Collection<? extends T> values) {
    return InList.of(this, values, true);
  }

  /** {@code this BETWEEN low AND high}. */
  default Condition between(T low, T high) {
    return new Between(this, Sql.value(type(), low), Sql.value(type(), high));
  }

  /** Sorts ascending by this expression. */
  default SortOrder asc() {
    return new SortOrder(this, SortOrder.Direction.ASC, SortOrder.Nulls.DEFAULT);
  }

  /** Sorts descending by this expression. */
  default SortOrder desc() {
    return new SortOrder(this, SortOrder.Direction.DESC, SortOrder.Nulls.DEFAULT);
  }

  /** This expression under a label: {@code expr AS label}, for select lists. */
  default Expression<T> as(String label) {
    return new Labeled<>(this, label);
  }

  // ---- Queries: subqueries, arithmetic, text matching ----

  /** {@code this IN (SELECT …)}; the subquery must select exactly one column. */
  default Condition in(SelectQuery subquery) {
    return InSubquery.of(this, subquery, false);
  }

  /** {@code this NOT IN (SELECT …)}; the subquery must select exactly one column. */
  default Condition notIn(SelectQuery subquery) {
    return InSubquery.of(this, subquery, true);
  }

  /** {@code this + value}. */
  default Expression<T> plus(T value) {
    return new Arithmetic<>(this, "+", operand(value));
  }

  /** {@code this + other}. */
  default Expression<T> plus(Expression<T> other) {
    return new Arithmetic<>(this, "+", other);
  }

  /** {@code this - value}. */
  default Expression<T> minus(T value) {
    return new Arithmetic<>(this, "-", operand(value));
  }

  /** {@code this - other}. */
  default Expression<T> minus(Expression<T> other) {
    return new Arithmetic<>(this, "-", other);
  }

  /** {@code this * value}. */
  default Expression<T> times(T value) {
    return new Arithmetic<>(this, "*", operand(value));
  }

  /** {@code this * other}. */
  default Expression<T> times(Expression<T> other) {
    return new Arithmetic<>(this, "*", other);
  }

  /** {@code this / value}; integer operands divide as integers on most databases. */
  default Expression<T> div(T value) {
    return new Arithmetic<>(this, "/", operand(value));
  }

  /** {@code this / other}; integer operands divide as integers on most databases. */
  default Expression<T> div(Expression<T> other) {
    return new Arithmetic<>(this, "/", other);
  }

  /** {@code this || other} (MySQL: {@code CONCAT(this, other)}). */
  default Expression<String> concat(Expression<?> other) {
    return Concat.of(List.of(this, other));
  }

  /** {@code this || ?} (MySQL: {@code CONCAT(this, ?)}). */
  default Expression<String> concat(String text) {
    return Concat.of(List.of(this, Sql.value(SqlTypes.TEXT, text)));
  }

  /** {@code this LIKE ?}; {@code %} and {@code _} in {@code pattern} are wildcards. */
  default Condition like(String pattern) {
    return Like.of(this, pattern, null, false);
  }

  /** {@code this LIKE ? ESCAPE ?}: {@code escape} before a wildcard makes it literal. */
  default Condition like(String pattern, char escape) {
    return Like.of(this, pattern, escape, false);
  }

  /** {@code this NOT LIKE ?}. */
  default Condition notLike(String pattern) {
    return Like.of(this, pattern, null, true);
  }

  /** {@code this NOT LIKE ? ESCAPE ?}. */
  default Condition notLike(String pattern, char escape) {
    return Like.of(this, pattern, escape, true);
  }

  /** Case-insensitive LIKE: {@code ILIKE} where native, else {@code LOWER(this) LIKE LOWER(?)}. */
  default Condition ilike(String pattern) {
    return Like.caseInsensitive(this, pattern, false);
  }

  /** Case-insensitive NOT LIKE. */
  default Condition notIlike(String pattern) {
    return Like.caseInsensitive(this, pattern, true);
  }

  /** {@code this LIKE 'prefix%'}, with wildcards in {@code prefix} matched literally. */
  default Condition startsWith(String prefix) {
    return Like.escaped(this, "", prefix, "%");
  }

  /** {@code this LIKE '%suffix'}, with wildcards in {@code suffix} matched literally. */
  default Condition endsWith(String suffix) {
    return Like.escaped(this, "%", suffix, "");
  }

  /** {@code this LIKE '%part%'}, with wildcards in {@code part} matched literally. */
  default Condition contains(String part) {
    return Like.escaped(this, "%", part, "%");
  }

  /**
   * {@code value} bound with this expression's type; a CairnException naming the column when the
   * value is of another Java type (possible only through an unchecked {@code Column<?>}).
   */
  private Expression<T> operand(@Nullable T value) {
    if (value != null && !type().accepts(value) && this instanceof ColumnReference<?> column) {
      throw new CairnException(
          "Column "
              + column.tableReference().name()
              + "."
              + column.name()
              + " holds "
              + type().javaType().getName()
              + " ("
              + type()
              + ") but was given a "
              + value.getClass().getName()
              + "; pass a value of that type, or look the column up typed with"
              + " table.column(\""
              + column.name()
              + "\", "
              + type().javaType().getSimpleName()
              + ".class)");
    }
    return Sql.value(type(), value);
  }
}
