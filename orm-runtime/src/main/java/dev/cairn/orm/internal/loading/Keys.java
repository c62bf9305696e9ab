package dev.cairn.orm.internal.loading;

import dev.cairn.core.schema.Column;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Sql;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Match keys of column values (the value, or a list for several columns) and IN conditions. */
final class Keys {

  private Keys() {}

  /**
   * The key of {@code values}: the value itself for one column, else a list; null if any is null.
   */
  static @Nullable Object of(@Nullable Object[] values) {
    for (Object value : values) {
      if (value == null) {
        return null;
      }
    }
    return values.length == 1 ? values[0] : List.copyOf(Arrays.asList(values));
  }

  /** {@code columns IN (keys)}; for several columns an OR of ANDed equalities. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Condition in(List<? extends Expression<?>> columns, Collection<Object> keys) {
    if (columns.size() == 1) {
      return ((Expression) columns.get(0)).in(keys);
    }
    List<Condition> rows = new ArrayList<>(keys.size());
    for (Object key : keys) {
      List<?> parts = (List<?>) key;
      List<Condition> equalities = new ArrayList<>(columns.size());
      for (int i = 0; i < columns.size(); i++) {
        equalities.add(((Expression) columns.get(i)).eq(parts.get(i)));
      }
      rows.add(Sql.and(equalities));
    }
    return Sql.or(rows);
  }

  /** {@code left[i] = right[i]} for every i, ANDed. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Condition equal(List<? extends Expression<?>> left, List<? extends Expression<?>> right) {
    List<Condition> equalities = new ArrayList<>(left.size());
    for (int i = 0; i < left.size(); i++) {
      equalities.add(((Expression) left.get(i)).eq((Expression) right.get(i)));
    }
    return equalities.size() == 1 ? equalities.get(0) : Sql.and(equalities);
  }

  /** How many keys of {@code width} columns fit in one statement under {@code maxParameters}. */
  static int chunk(int maxParameters, int width) {
    return Math.max(1, maxParameters / Math.max(1, width));
  }

  /** The position of {@code column} in {@code columns} by identity, or -1. */
  static int indexOf(List<Column<?>> columns, Column<?> column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) == column) {
        return i;
      }
    }
    return -1;
  }
}
