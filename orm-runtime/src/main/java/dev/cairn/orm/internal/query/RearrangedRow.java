package dev.cairn.orm.internal.query;

import dev.cairn.core.engine.Row;
import dev.cairn.core.schema.Column;
import dev.cairn.core.sql.Expression;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of a user-given statement seen in an entity's column order: position {@code i} is the i-th
 * of {@code columns} (the column properties' columns, then possibly the foreign-key columns read
 * with them), read as that column's Java type (text SQL reads plain JDBC values, e.g. an {@code
 * Integer} for a {@code Long} key).
 */
final class RearrangedRow implements Row {

  private final Row row;
  private final int[] positions;
  private final List<Column<?>> columns;
  private final List<String> labels;

  RearrangedRow(Row row, int[] positions, List<Column<?>> columns, List<String> labels) {
    this.row = row;
    this.positions = positions;
    this.columns = columns;
    this.labels = labels;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> @Nullable V get(Expression<V> expression) {
    for (int i = 0; i < positions.length; i++) {
      if (columns.get(i).equals(expression)) {
        return (V) get(i);
      }
    }
    return row.get(expression);
  }

  @Override
  public @Nullable Object get(String label) {
    return row.get(label);
  }

  @Override
  public <V> @Nullable V get(String label, Class<V> type) {
    return row.get(label, type);
  }

  @Override
  public @Nullable Object get(int index) {
    int position = positions[index];
    Object value = row.get(position);
    Class<?> type = columns.get(index).type().javaType();
    if (value == null || type.isInstance(value)) {
      return value;
    }
    return row.get(row.labels().get(position), type);
  }

  @Override
  public int size() {
    return positions.length;
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public <R extends Record> R into(Class<R> type) {
    return row.into(type);
  }
}
