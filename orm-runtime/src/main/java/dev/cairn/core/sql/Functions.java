package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlTypes;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The functions of reporting queries, portable across the dialects: date parts, truncation and
 * arithmetic; text and number functions; the window functions {@code LAG}, {@code LEAD}, {@code
 * NTILE}, {@code FIRST_VALUE} and {@code LAST_VALUE}. Each is written the way its database says it
 * (see the README's function table); where a database cannot say it, compiling fails with a {@code
 * CairnException} naming the function and the dialect. Values are bound as parameters; the date
 * part or unit is a keyword of the SQL.
 *
 * <pre>{@code
 * Sql.select(Functions.dateTrunc(DatePart.MONTH, rental.rentedAt).as("month"), Sql.count())
 *     .groupBy(Functions.dateTrunc(DatePart.MONTH, rental.rentedAt));
 * }</pre>
 */
public final class Functions {

  private Functions() {}

  // ---- Dates and timestamps ----

  /**
   * {@code part} of a DATE or TIMESTAMP as an integer ({@code EXTRACT(YEAR FROM x)} or the
   * database's equivalent); weeks and days of the week are ISO 8601 ones everywhere.
   */
  public static Expression<Integer> extract(DatePart part, Expression<? extends Temporal> operand) {
    FunctionChecks.dateOrTimestamp("extract(" + part + ", …)", operand, part);
    return new DateExtract(part, operand);
  }

  /**
   * The TIMESTAMP {@code operand} truncated to the start of its {@code unit} (PostgreSQL's {@code
   * date_trunc}): {@code dateTrunc(MONTH, 2005-05-24 22:53:30)} is {@code 2005-05-01 00:00:00}.
   */
  public static Expression<LocalDateTime> dateTrunc(
      DatePart unit, Expression<LocalDateTime> operand) {
    FunctionChecks.unit("dateTrunc", unit);
    FunctionChecks.timestamp("dateTrunc(" + unit + ", …)", operand);
    return new DateTrunc<>(unit, operand);
  }

  /**
   * {@code operand} (a DATE or TIMESTAMP) plus {@code amount} (bound; negative goes back) {@code
   * unit}s, of the operand's type; a month later than January 31 is the end of February.
   */
  public static <T extends Temporal> Expression<T> dateAdd(
      Expression<T> operand, int amount, DatePart unit) {
    return dateAdd(operand, Sql.value(SqlTypes.INTEGER, amount), unit);
  }

  /** {@code operand} plus {@code amount} {@code unit}s, {@code amount} an integer expression. */
  public static <T extends Temporal> Expression<T> dateAdd(
      Expression<T> operand, Expression<? extends Number> amount, DatePart unit) {
    FunctionChecks.unit("dateAdd", unit);
    FunctionChecks.dateOrTimestamp("dateAdd(…, " + unit + ")", operand, unit);
    FunctionChecks.integral("dateAdd", amount);
    return new DateAdd<>(operand, amount, unit);
  }

  // ---- Text ----

  /** {@code NULLIF(operand, ?)}: NULL where {@code operand} equals {@code value}, else operand. */
  public static <T> Expression<T> nullif(Expression<T> operand, T value) {
    return nullif(operand, Sql.value(operand.type(), value));
  }

  /** {@code NULLIF(operand, other)}. */
  public static <T> Expression<T> nullif(Expression<T> operand, Expression<T> other) {
    return FunctionCall.of("NULLIF", operand.type(), operand, other);
  }

  /** {@code SUBSTRING(text, ?)}: from character {@code start} (the first is 1) to the end. */
  public static Expression<String> substring(Expression<String> text, int start) {
    return FunctionCall.of("SUBSTRING", text.type(), text, Sql.value(SqlTypes.INTEGER, start));
  }

  /** {@code SUBSTRING(text, ?, ?)}: {@code length} characters from {@code start} (1-based). */
  public static Expression<String> substring(Expression<String> text, int start, int length) {
    return substring(text, Sql.value(SqlTypes.INTEGER, start), Sql.value(SqlTypes.INTEGER, length));
  }

  /** {@code SUBSTRING(text, start, length)} with computed bounds. */
  public static Expression<String> substring(
      Expression<String> text, Expression<Integer> start, Expression<Integer> length) {
    return FunctionCall.of("SUBSTRING", text.type(), text, start, length);
  }

  /** {@code TRIM(text)}: without leading and trailing spaces. */
  public static Expression<String> trim(Expression<String> text) {
    return FunctionCall.of("TRIM", text.type(), text);
  }

  /** {@code LTRIM(text)}: without leading spaces. */
  public static Expression<String> ltrim(Expression<String> text) {
    return FunctionCall.of("LTRIM", text.type(), text);
  }

  /** {@code RTRIM(text)}: without trailing spaces. */
  public static Expression<String> rtrim(Expression<String> text) {
    return FunctionCall.of("RTRIM", text.type(), text);
  }

  /** {@code REPLACE(text, ?, ?)}: every occurrence of {@code from} replaced by {@code to}. */
  public static Expression<String> replace(Expression<String> text, String from, String to) {
    return FunctionCall.of(
        "REPLACE", text.type(), text, Sql.value(SqlTypes.TEXT, from), Sql.value(SqlTypes.TEXT, to));
  }

  // ---- Numbers ----

  /** {@code ROUND(operand)}: rounded to a whole number, typed as the operand. */
  public static <N extends Number> Expression<N> round(Expression<N> operand) {
    return new Round<>(operand, null);
  }

  /**
   * {@code ROUND(operand, ?)}: rounded to {@code digits} decimal places, typed as the operand
   * (PostgreSQL rounds floating-point operands as NUMERIC, then converts back).
   */
  public static <N extends Number> Expression<N> round(Expression<N> operand, int digits) {
    return new Round<>(operand, Sql.value(SqlTypes.INTEGER, digits));
  }

  /** {@code ABS(operand)}. */
  public static <N extends Number> Expression<N> abs(Expression<N> operand) {
    return FunctionCall.of("ABS", operand.type(), operand);
  }

  /**
   * The greatest of the operands: {@code GREATEST(a, b, …)}, SQLite's {@code MAX(a, b, …)}. NULLs
   * differ: PostgreSQL ignores them, the others return NULL if any operand is NULL; wrap operands
   * that may be NULL in {@link Sql#coalesce}.
   */
  @SafeVarargs
  public static <T> Expression<T> greatest(
      Expression<T> first, Expression<T> second, Expression<T>... more) {
    return new Extremum<>(true, first.type(), operands(first, second, more));
  }

  /** The least of the operands: {@code LEAST(a, b, …)}, SQLite's {@code MIN(a, b, …)}. */
  @SafeVarargs
  public static <T> Expression<T> least(
      Expression<T> first, Expression<T> second, Expression<T>... more) {
    return new Extremum<>(false, first.type(), operands(first, second, more));
  }

  // ---- Window functions; use with .over(window) ----

  /** {@code LAG(operand, 1)}: the value of the previous row in the window, NULL for the first. */
  public static <T> FunctionExpression<T> lag(Expression<T> operand) {
    return lag(operand, 1);
  }

  /** {@code LAG(operand, ?)}: the value {@code offset} rows before, NULL where there is none. */
  public static <T> FunctionExpression<T> lag(Expression<T> operand, int offset) {
    return offset("LAG", operand, offset, null);
  }

  /**
   * {@code LAG(operand, ?, ?)}: the value {@code offset} rows before, {@code fallback} where there
   * is none; MariaDB's LAG takes no default, so compiling for MariaDB fails.
   */
  public static <T> FunctionExpression<T> lag(Expression<T> operand, int offset, T fallback) {
    return offset("LAG", operand, offset, Sql.value(operand.type(), fallback));
  }

  /** {@code LEAD(operand, 1)}: the value of the next row in the window, NULL for the last. */
  public static <T> FunctionExpression<T> lead(Expression<T> operand) {
    return lead(operand, 1);
  }

  /** {@code LEAD(operand, ?)}: the value {@code offset} rows after, NULL where there is none. */
  public static <T> FunctionExpression<T> lead(Expression<T> operand, int offset) {
    return offset("LEAD", operand, offset, null);
  }

  /**
   * {@code LEAD(operand, ?, ?)}: the value {@code offset} rows after, {@code fallback} where there
   * is none; not on MariaDB, as {@link #lag(Expression, int, Object)}.
   */
  public static <T> FunctionExpression<T> lead(Expression<T> operand, int offset, T fallback) {
    return offset("LEAD", operand, offset, Sql.value(operand.type(), fallback));
  }

  /** {@code NTILE(?)}: the number, 1 to {@code buckets}, of the bucket the row falls into. */
  public static FunctionExpression<Long> ntile(int buckets) {
    FunctionChecks.positive("ntile", "buckets", buckets);
    return FunctionCall.of("NTILE", SqlTypes.BIGINT, Sql.value(SqlTypes.INTEGER, buckets));
  }

  /** {@code FIRST_VALUE(operand)}: the operand's value on the first row of the window frame. */
  public static <T> FunctionExpression<T> firstValue(Expression<T> operand) {
    return FunctionCall.of("FIRST_VALUE", operand.type(), operand);
  }

  /**
   * {@code LAST_VALUE(operand)}: the value on the last row of the window frame. With an ORDER BY
   * the default frame ends at the current row; for the partition's last row give the frame {@code
   * rowsBetween(FrameBound.unboundedPreceding(), FrameBound.unboundedFollowing())}.
   */
  public static <T> FunctionExpression<T> lastValue(Expression<T> operand) {
    return FunctionCall.of("LAST_VALUE", operand.type(), operand);
  }

  private static <T> FunctionExpression<T> offset(
      String name, Expression<T> operand, int offset, @Nullable Expression<T> fallback) {
    FunctionChecks.notNegative(name.toLowerCase(Locale.ROOT), "offset", offset);
    return new OffsetFunction<>(name, operand, Sql.value(SqlTypes.INTEGER, offset), fallback);
  }

  @SafeVarargs
  private static <T> List<Expression<T>> operands(
      Expression<T> first, Expression<T> second, Expression<T>... more) {
    List<Expression<T>> all = new ArrayList<>(2 + more.length);
    all.add(first);
    all.add(second);
    all.addAll(List.of(more));
    return all;
  }
}
