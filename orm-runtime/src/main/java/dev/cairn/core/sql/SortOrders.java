package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlTypes;
import java.util.ArrayList;
import java.util.List;

/** Small helpers shared by the query builders: ORDER BY lists and LIMIT/OFFSET values. */
final class SortOrders {

  private SortOrders() {}

  static List<SortOrder> append(List<SortOrder> existing, SortOrder... orders) {
    List<SortOrder> all = new ArrayList<>(existing);
    all.addAll(List.of(orders));
    return all;
  }

  static List<SortOrder> append(List<SortOrder> existing, Expression<?>... expressions) {
    List<SortOrder> all = new ArrayList<>(existing);
    for (Expression<?> expression : expressions) {
      all.add(expression.asc());
    }
    return all;
  }

  /** A row count for LIMIT or OFFSET, bound as a BIGINT parameter. */
  static Expression<Long> count(long value, String clause) {
    if (value < 0) {
      throw new IllegalArgumentException(clause + " must be >= 0, got " + value);
    }
    return Sql.value(SqlTypes.BIGINT, value);
  }
}
