package dev.cairn.core.engine;

import dev.cairn.core.sql.Expression;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a result. Read a value by the expression that was selected (typed), by column label
 * (exact, else case-insensitive), or by 0-based position. Rows are immutable and stay valid after
 * the connection is closed.
 */
public interface Row {

  /**
   * The value of {@code expression}, which must be one of the statement's result columns (the same
   * object, or an equal one).
   */
  <T> @Nullable T get(Expression<T> expression);

  /** The value of the column labelled {@code label}; exact match first, then ignoring case. */
  @Nullable Object get(String label);

  /**
   * The value of the column labelled {@code label} as {@code type}, converting between number
   * types, number and boolean, JDBC and {@code java.time} types, and text and enums.
   */
  <T> @Nullable T get(String label, Class<T> type);

  /** The value at {@code index}, counted from 0 (unlike JDBC, which counts from 1). */
  @Nullable Object get(int index);

  /** The number of columns. */
  int size();

  /** The column labels, in order. */
  List<String> labels();

  /**
   * This row as a record, matching record components to column labels by name ({@code createdAt}
   * matches {@code created_at}, {@code CREATED_AT} and {@code createdAt}).
   */
  <R extends Record> R into(Class<R> type);
}
