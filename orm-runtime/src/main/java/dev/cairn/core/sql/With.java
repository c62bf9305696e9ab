package dev.cairn.core.sql;

import java.util.List;

/**
 * A WITH clause waiting for its query: {@code Sql.with(cte).select(…)}.
 *
 * @param ctes the common table expressions, in order
 * @param recursive whether the clause is {@code WITH RECURSIVE}
 */
public record With(List<CommonTableExpression> ctes, boolean recursive) {

  /** Copies the list. */
  public With {
    ctes = List.copyOf(ctes);
  }

  /** {@code WITH … SELECT columns}. */
  public Select select(Expression<?>... columns) {
    return DefaultSelect.of(ctes, recursive, List.of(columns));
  }

  /** {@code WITH … SELECT columns}. */
  public Select select(List<? extends Expression<?>> columns) {
    return DefaultSelect.of(ctes, recursive, columns);
  }

  /** {@code WITH … SELECT} all columns {@code FROM item}. */
  public Select selectFrom(FromItem item) {
    return DefaultSelect.of(ctes, recursive, SelectColumns.of(item)).from(item);
  }
}
