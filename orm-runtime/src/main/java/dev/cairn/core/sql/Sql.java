package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

  /**
   * {@code value} written into the SQL text as a literal instead of a {@code ?}: for constants the
   * database must see as part of the statement (a GROUP BY or HAVING over a CASE, a function's
   * fixed argument). Numbers, booleans and strings only, escaped by the dialect; strings with
   * control characters are refused. Values from users belong in {@link #value}, not here.
   */
  public static <T> Expression<T> inline(SqlType<T> type, T value) {
    return new InlineLiteral<>(type, value);
  }

  /** {@code value} as an INTEGER literal in the SQL text (see {@link #inline(SqlType, Object)}). */
  public static Expression<Integer> inline(int value) {
    return new InlineLiteral<>(SqlTypes.INTEGER, value);
  }

  /** {@code value} as a BIGINT literal in the SQL text. */
  public static Expression<Long> inline(long value) {
    return new InlineLiteral<>(SqlTypes.BIGINT, value);
  }

  /** {@code value} as a DOUBLE literal in the SQL text; finite values only. */
  public static Expression<Double> inline(double value) {
    return new InlineLiteral<>(SqlTypes.DOUBLE, value);
  }

  /** {@code value} as an exact NUMERIC literal in the SQL text. */
  public static Expression<BigDecimal> inline(BigDecimal value) {
    return new InlineLiteral<>(ValueTypes.of(value), value);
  }

  /**
   * {@code value} as a boolean literal ({@code TRUE}/{@code FALSE}, SQLite {@code 1}/{@code 0}).
   */
  public static Expression<Boolean> inline(boolean value) {
    return new InlineLiteral<>(SqlTypes.BOOLEAN, value);
  }

  /**
   * {@code value} as a quoted string literal in the SQL text, escaped by the dialect; a {@code
   * CairnException} for control characters (including line breaks) and unpaired surrogates.
   */
  public static Expression<String> inline(String value) {
    return new InlineLiteral<>(SqlTypes.TEXT, value);
  }

  /** A named placeholder, given its value at execution: build once, execute many times. */
  public static <T> Expression<T> param(String name, SqlType<T> type) {
    return new NamedParameter<>(name, type);
  }

  /** {@code NOT (condition)}. */
  public static Condition not(Condition condition) {
    return condition.not();
  }

  // ---- Queries, conditions and functions (SELECT side) ----

  /** {@code SELECT columns}; FROM is inferred from the columns unless given with {@code from}. */
  public static Select select(Expression<?>... columns) {
    return DefaultSelect.of(List.of(), false, List.of(columns));
  }

  /** {@code SELECT columns}. */
  public static Select select(List<? extends Expression<?>> columns) {
    return DefaultSelect.of(List.of(), false, columns);
  }

  /** {@code SELECT} every column of {@code item} (a table, alias, subquery or CTE) FROM it. */
  public static Select selectFrom(FromItem item) {
    return DefaultSelect.of(List.of(), false, SelectColumns.of(item)).from(item);
  }

  /** {@code WITH ctes …}; continue with {@code .select(…)}. */
  public static With with(CommonTableExpression... ctes) {
    return new With(List.of(ctes), false);
  }

  /** {@code WITH RECURSIVE ctes …}; continue with {@code .select(…)}. */
  public static With withRecursive(CommonTableExpression... ctes) {
    return new With(List.of(ctes), true);
  }

  /**
   * {@code condition}, written over the columns of {@code table}, with those columns rendered
   * through {@code alias} instead (an alias of the table; the innermost adaption wins), as
   * SQLAlchemy adapts a clause to an alias. Usually reached through {@code TableAlias.adapt}.
   */
  public static Condition adapt(Condition condition, TableReference table, TableReference alias) {
    return AdaptedCondition.of(condition, table, alias);
  }

  /** {@code expression} over {@code table}'s columns rendered through {@code alias}. */
  public static <T> Expression<T> adapt(
      Expression<T> expression, TableReference table, TableReference alias) {
    return new AdaptedExpression<>(expression, table, alias);
  }

  /** {@code EXISTS (subquery)}. */
  public static Condition exists(SelectQuery subquery) {
    return new Exists(subquery, false);
  }

  /** {@code NOT EXISTS (subquery)}. */
  public static Condition notExists(SelectQuery subquery) {
    return new Exists(subquery, true);
  }

  /** {@code (a AND b AND …)}. */
  public static Condition and(Condition first, Condition... more) {
    Condition all = first;
    for (Condition condition : more) {
      all = all.and(condition);
    }
    return all;
  }

  /** All of {@code conditions} ANDed; none at all is a condition that is always true. */
  public static Condition and(Collection<? extends Condition> conditions) {
    return combine(conditions, true);
  }

  /** {@code (a OR b OR …)}. */
  public static Condition or(Condition first, Condition... more) {
    Condition any = first;
    for (Condition condition : more) {
      any = any.or(condition);
    }
    return any;
  }

  /** Any of {@code conditions} ORed; none at all is a condition that is always false. */
  public static Condition or(Collection<? extends Condition> conditions) {
    return combine(conditions, false);
  }

  private static Condition combine(Collection<? extends Condition> conditions, boolean and) {
    Condition result = null;
    for (Condition condition : conditions) {
      result = result == null ? condition : and ? result.and(condition) : result.or(condition);
    }
    if (result == null) {
      return new Truth(and);
    }
    return result;
  }

  /** {@code -expression}. */
  public static <T> Expression<T> neg(Expression<T> expression) {
    return new Negative<>(expression);
  }

  /** Concatenation of {@code parts} as text: {@code a || b} (MySQL: {@code CONCAT(a, b)}). */
  public static Expression<String> concat(Expression<?>... parts) {
    return Concat.of(List.of(parts));
  }

  /** {@code COUNT(*)}. */
  public static FunctionExpression<Long> count() {
    return new FunctionCall<>("COUNT", SqlTypes.BIGINT, List.of(), false, true);
  }

  /** {@code COUNT(expression)}: the rows where it is not NULL. */
  public static FunctionExpression<Long> count(Expression<?> expression) {
    return FunctionCall.of("COUNT", SqlTypes.BIGINT, expression);
  }

  /** {@code COUNT(DISTINCT expression)}. */
  public static FunctionExpression<Long> countDistinct(Expression<?> expression) {
    return new FunctionCall<>("COUNT", SqlTypes.BIGINT, List.of(expression), true, false);
  }

  /**
   * {@code SUM(expression)}, read back as the operand's Java type (the database computes it as
   * BIGINT or NUMERIC); use {@link #sumAsLong} to widen integer sums that may exceed the operand.
   */
  public static <N extends Number> FunctionExpression<N> sum(Expression<N> expression) {
    return FunctionCall.of("SUM", expression.type(), expression);
  }

  /** {@code SUM(expression)} of an integer expression, read back as a BIGINT. */
  public static FunctionExpression<Long> sumAsLong(Expression<? extends Number> expression) {
    return FunctionCall.of("SUM", SqlTypes.BIGINT, expression);
  }

  /** {@code AVG(expression)}, read back as a double. */
  public static FunctionExpression<Double> avg(Expression<? extends Number> expression) {
    return FunctionCall.of("AVG", SqlTypes.DOUBLE, expression);
  }

  /** {@code MIN(expression)}. */
  public static <T> FunctionExpression<T> min(Expression<T> expression) {
    return FunctionCall.of("MIN", expression.type(), expression);
  }

  /** {@code MAX(expression)}. */
  public static <T> FunctionExpression<T> max(Expression<T> expression) {
    return FunctionCall.of("MAX", expression.type(), expression);
  }

  /** {@code COALESCE(first, others…)}: the first that is not NULL. */
  @SafeVarargs
  public static <T> FunctionExpression<T> coalesce(Expression<T> first, Expression<T>... others) {
    List<Expression<?>> arguments = new ArrayList<>();
    arguments.add(first);
    arguments.addAll(List.of(others));
    return new FunctionCall<>("COALESCE", first.type(), arguments, false, false);
  }

  /** {@code COALESCE(expression, ?)}: {@code fallback} when the expression is NULL. */
  public static <T> FunctionExpression<T> coalesce(Expression<T> expression, T fallback) {
    return FunctionCall.of(
        "COALESCE", expression.type(), expression, value(expression.type(), fallback));
  }

  /** {@code LOWER(expression)}. */
  public static FunctionExpression<String> lower(Expression<String> expression) {
    return FunctionCall.of("LOWER", expression.type(), expression);
  }

  /** {@code UPPER(expression)}. */
  public static FunctionExpression<String> upper(Expression<String> expression) {
    return FunctionCall.of("UPPER", expression.type(), expression);
  }

  /**
   * The length of a string in characters ({@code CHAR_LENGTH} where {@code LENGTH} counts bytes).
   */
  public static Expression<Integer> length(Expression<String> expression) {
    return new CharLength(expression);
  }

  /** The database's current local date and time ({@code LOCALTIMESTAMP} or equivalent). */
  public static Expression<LocalDateTime> currentTimestamp() {
    return new CurrentTimestamp();
  }

  /**
   * Any function by name: {@code name(arguments…)} with the given result type. The name must be a
   * plain identifier (optionally {@code schema.name}); it is written as is.
   */
  public static <T> FunctionExpression<T> function(
      String name, SqlType<T> resultType, Expression<?>... arguments) {
    return FunctionCall.of(name, resultType, arguments);
  }

  /** {@code CASE WHEN condition THEN ? …}, the value's SQL type taken from its Java class. */
  public static <T> CaseExpression<T> caseWhen(Condition condition, T value) {
    return CaseNode.first(condition, value(ValueTypes.of(value), value));
  }

  /** {@code CASE WHEN condition THEN result …}. */
  public static <T> CaseExpression<T> caseWhen(Condition condition, Expression<T> result) {
    return CaseNode.first(condition, result);
  }

  /** {@code CAST(expression AS type)}, the type named as the dialect wants it. */
  public static <T> Expression<T> cast(Expression<?> expression, SqlType<T> type) {
    return new Cast<>(expression, type);
  }

  /** {@code ROW_NUMBER()}; use with {@code .over(window)}. */
  public static FunctionExpression<Long> rowNumber() {
    return FunctionCall.of("ROW_NUMBER", SqlTypes.BIGINT);
  }

  /** {@code RANK()}; use with {@code .over(window)}. */
  public static FunctionExpression<Long> rank() {
    return FunctionCall.of("RANK", SqlTypes.BIGINT);
  }

  /** {@code DENSE_RANK()}; use with {@code .over(window)}. */
  public static FunctionExpression<Long> denseRank() {
    return FunctionCall.of("DENSE_RANK", SqlTypes.BIGINT);
  }

  /** An empty window, to refine with {@code partitionBy}, {@code orderBy} and a frame. */
  public static Window window() {
    return Window.empty();
  }

  // ---- Data changes and text SQL ------------------------------------------------------------

  /** {@code INSERT INTO table …}; add rows with {@code set}, {@code values} or {@code row}. */
  public static Insert insertInto(TableReference table) {
    return InsertStatement.into(table);
  }

  /** {@code UPDATE table SET …}; needs {@code where(…)} or an explicit {@code all()}. */
  public static Update update(TableReference table) {
    return UpdateStatement.of(table);
  }

  /** {@code DELETE FROM table}; needs {@code where(…)} or an explicit {@code all()}. */
  public static Delete deleteFrom(TableReference table) {
    return DeleteStatement.from(table);
  }

  /**
   * An insert that updates or keeps the existing row on a key conflict, the same code on every
   * database: {@code Sql.upsert(t).set(…).onConflict(t.id).doUpdate(t.name)}.
   */
  public static Upsert upsert(TableReference table) {
    return UpsertStatement.of(InsertValues.into(table), java.util.List.of());
  }

  /** In an upsert's update part, the value the insert tried to put into {@code column}. */
  public static <T> Expression<T> excluded(ColumnReference<T> column) {
    return new Excluded<>(column);
  }

  /** An empty row for a multi-row insert or upsert: {@code Sql.rowValues().set(c, v)}. */
  public static RowValues rowValues() {
    return RowValues.empty();
  }

  /** Hand-written SQL with {@code :name} placeholders: {@code Sql.text("…").bind("name", v)}. */
  public static TextSql text(String sql) {
    return TextStatement.of(sql);
  }
}
