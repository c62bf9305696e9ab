package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A fully read result. */
final class DefaultResult implements Result {

  private final ResultShape shape;
  private final List<Row> rows;
  private final long rowCount;
  private final String sql;

  DefaultResult(ResultShape shape, List<Row> rows, long rowCount, String sql) {
    this.shape = shape;
    this.rows = List.copyOf(rows);
    this.rowCount = rowCount;
    this.sql = sql;
  }

  @Override
  public List<Row> all() {
    return rows;
  }

  @Override
  public Row one() {
    if (rows.size() != 1) {
      throw new CairnException(
          "Expected exactly one row but the statement returned "
              + (rows.isEmpty() ? "none" : rows.size() + " rows")
              + ": "
              + sql);
    }
    return rows.get(0);
  }

  @Override
  public @Nullable Row oneOrNull() {
    if (rows.size() > 1) {
      throw new CairnException(
          "Expected at most one row but the statement returned " + rows.size() + " rows: " + sql);
    }
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Override
  public @Nullable Row first() {
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Override
  public @Nullable Object scalar() {
    return rows.isEmpty() ? null : firstColumn(rows.get(0));
  }

  @Override
  public <T> @Nullable T scalar(Class<T> type) {
    return Values.convert(scalar(), type, shape.size() == 0 ? "scalar" : shape.label(0));
  }

  @Override
  public List<@Nullable Object> scalars() {
    List<@Nullable Object> values = new ArrayList<>(rows.size());
    for (Row row : rows) {
      values.add(firstColumn(row));
    }
    return values;
  }

  @Override
  public <T> List<@Nullable T> scalars(Class<T> type) {
    List<@Nullable T> values = new ArrayList<>(rows.size());
    for (Row row : rows) {
      values.add(Values.convert(firstColumn(row), type, shape.label(0)));
    }
    return values;
  }

  @Override
  public <R> List<R> map(RowMapper<R> mapper) {
    List<R> mapped = new ArrayList<>(rows.size());
    for (Row row : rows) {
      mapped.add(mapper.map(row));
    }
    return mapped;
  }

  @Override
  public <R extends Record> List<R> into(Class<R> type) {
    List<R> mapped = new ArrayList<>(rows.size());
    if (rows.isEmpty()) {
      return mapped;
    }
    RecordMapper<R> mapper = shape.mapper(type);
    for (Row row : rows) {
      mapped.add(mapper.map(((DefaultRow) row).values()));
    }
    return mapped;
  }

  @Override
  public List<String> labels() {
    return shape.labels();
  }

  ResultShape shape() {
    return shape;
  }

  @Override
  public long rowCount() {
    return rowCount;
  }

  @Override
  public Iterator<Row> iterator() {
    return rows.iterator();
  }

  @Override
  public String toString() {
    return "Result" + shape + " with " + rows.size() + " rows, row count " + rowCount;
  }

  private @Nullable Object firstColumn(Row row) {
    if (row.size() == 0) {
      throw new CairnException("The statement returned rows without columns: " + sql);
    }
    return row.get(0);
  }
}
