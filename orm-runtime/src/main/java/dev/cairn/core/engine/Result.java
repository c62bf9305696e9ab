package dev.cairn.core.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The buffered outcome of one execution: its rows (of a query, or of RETURNING / generated keys)
 * and the row count. Fully read before it is returned, so it stays valid after the connection is
 * closed; use {@link Connection#stream} for results too large to hold.
 */
public interface Result extends Iterable<Row> {

  /** All rows, in order. */
  List<Row> all();

  /** The only row; a CairnException saying how many rows there were unless exactly one. */
  Row one();

  /** The only row, or null when there is none; a CairnException when there are several. */
  @Nullable Row oneOrNull();

  /** The first row, or null when there is none. */
  @Nullable Row first();

  /** The first column of the first row, or null when there are no rows (or the value is null). */
  @Nullable Object scalar();

  /** The first column of the first row as {@code type}, or null; converted as {@link Row#get}. */
  <T> @Nullable T scalar(Class<T> type);

  /** The first column of every row. */
  List<@Nullable Object> scalars();

  /** The first column of every row as {@code type}. */
  <T> List<@Nullable T> scalars(Class<T> type);

  /** Every row mapped by {@code mapper}. */
  <R> List<R> map(RowMapper<R> mapper);

  /** Every row as a record (see {@link Row#into}); the mapping is worked out once per result. */
  <R extends Record> List<R> into(Class<R> type);

  /** The column labels of the rows, in order. */
  List<String> labels();

  /**
   * Rows affected (INSERT, UPDATE, DELETE) or, for a query, rows returned. Drivers may report
   * {@code -1} when the count is unknown.
   */
  long rowCount();
}
