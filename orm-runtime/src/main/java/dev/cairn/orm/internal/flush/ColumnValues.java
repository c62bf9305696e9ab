package dev.cairn.orm.internal.flush;

import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Equality of column values for dirty checking: arrays by content, decimals by value. */
public final class ColumnValues {

  private ColumnValues() {}

  /** Whether {@code a} and {@code b} are the same column value. */
  public static boolean same(@Nullable Object a, @Nullable Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a.getClass().isArray() && b.getClass().isArray()) {
      return Arrays.deepEquals(new Object[] {a}, new Object[] {b});
    }
    return Objects.equals(a, b);
  }

  /**
   * Whether {@code current} differs from {@code snapshot} in a column of {@code model} — the
   * flush's dirty check; the version column never counts, foreign-key columns only when {@code
   * foreignKeys} (a caller that compared the references themselves leaves them out).
   */
  public static boolean changed(
      EntityModel<?> model,
      @Nullable Object[] current,
      @Nullable Object[] snapshot,
      boolean foreignKeys) {
    for (PropertyModel property : model.columnProperties()) {
      int i = property.index();
      if (!property.isVersion()
          && (foreignKeys || !property.isForeignKey())
          && !same(current[i], snapshot[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code values} (read from an object) with the foreign-key values of {@code row} (read from the
   * database): an object built from a row does not hold its references, so its snapshot takes the
   * stored keys. Returns {@code values}.
   */
  public static @Nullable Object[] withStoredForeignKeys(
      EntityModel<?> model, @Nullable Object[] values, @Nullable Object[] row) {
    for (PropertyModel property : model.columnProperties()) {
      if (property.isForeignKey()) {
        values[property.index()] = row[property.index()];
      }
    }
    return values;
  }
}
