package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Expression;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row: the values read by the shape's codecs, looked up through the shared shape. */
final class DefaultRow implements Row {

  private final ResultShape shape;
  private final @Nullable Object[] values;

  DefaultRow(ResultShape shape, @Nullable Object[] values) {
    this.shape = shape;
    this.values = values;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> @Nullable T get(Expression<T> expression) {
    return (T) values[shape.indexOf(expression)];
  }

  @Override
  public @Nullable Object get(String label) {
    return values[shape.indexOf(label)];
  }

  @Override
  public <T> @Nullable T get(String label, Class<T> type) {
    return Values.convert(values[shape.indexOf(label)], type, label);
  }

  @Override
  public @Nullable Object get(int index) {
    if (index < 0 || index >= values.length) {
      throw new CairnException(
          "Column index "
              + index
              + " is out of range: this row has "
              + values.length
              + " columns "
              + shape.labels()
              + ", counted from 0");
    }
    return values[index];
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public List<String> labels() {
    return shape.labels();
  }

  @Override
  public <R extends Record> R into(Class<R> type) {
    return shape.mapper(type).map(values);
  }

  @Nullable Object[] values() {
    return values;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Row{");
    for (int i = 0; i < values.length; i++) {
      text.append(i == 0 ? "" : ", ").append(shape.label(i)).append('=');
      Object value = values[i];
      text.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
    }
    return text.append('}').toString();
  }
}
