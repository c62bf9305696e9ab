package dev.cairn.orm.mapping;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Equality of column values as the dirty check sees it: arrays by content, decimals by value. */
public final class ColumnValueEquality {

  private ColumnValueEquality() {}

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
}
