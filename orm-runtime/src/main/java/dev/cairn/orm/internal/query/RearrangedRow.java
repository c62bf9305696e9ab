package dev.cairn.orm.internal.query;

import dev.cairn.core.engine.Row;
import dev.cairn.core.sql.Expression;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of a user-given statement seen in an entity's column order: position {@code i} is the
 * column of the i-th column property, read as that column's Java type (text SQL reads plain JDBC
 * values, e.g. an {@code Integer} for a {@code Long} key).
 */
final class RearrangedRow implements Row {

  private final Row row;
  private final int[] positions;
  private final EntityModel<?> model;
  private final List<String> labels;

  RearrangedRow(Row row, int[] positions, EntityModel<?> model, List<String> labels) {
    this.row = row;
    this.positions = positions;
    this.model = model;
    this.labels = labels;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> @Nullable V get(Expression<V> expression) {
    List<PropertyModel> properties = model.columnProperties();
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).column().equals(expression)) {
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
    Class<?> type = model.columnProperties().get(index).column().type().javaType();
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
