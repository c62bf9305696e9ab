package dev.cairn.orm.internal.query;

import dev.cairn.core.engine.Row;
import org.jspecify.annotations.Nullable;

/** The values of a streamed {@link Row} as a new array, in column order. */
final class RowValues {

  private RowValues() {}

  static @Nullable Object[] of(Row row) {
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return values;
  }
}
