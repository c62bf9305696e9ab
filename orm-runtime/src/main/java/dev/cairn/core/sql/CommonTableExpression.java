package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;

/**
 * A named query in a WITH clause ({@link SelectQuery#asCte}), read like a table. A recursive CTE is
 * the anchor query's CTE combined with a recursive part that reads it: {@code
 * anchor.asCte("tree").unionAll(select(…).from(tree).join(…))}, then {@link Sql#withRecursive}.
 */
public interface CommonTableExpression extends FromItem {

  /** The CTE's name. */
  String name();

  /** The query that defines it. */
  SelectQuery query();

  /**
   * The column exposing {@code resultColumn} of the query, typed as it: the very expression
   * selected, or the expression a selected label names ({@code Sql.sum(x)} finds {@code
   * Sql.sum(x).as("total")}), rendered {@code cte_name.column_name}.
   */
  <T> Expression<T> column(Expression<T> resultColumn);

  /** The column named {@code name} (a column name or label of the query), typed as the query's. */
  Expression<?> column(String name);

  /**
   * The column named {@code name}, as {@code Expression<T>}; a {@code CairnException} when the
   * query's column holds values of another Java type than {@code javaType}.
   */
  <T> Expression<T> column(String name, Class<T> javaType);

  /** The column named {@code name} (a column name or label of the query), typed {@code type}. */
  <T> Expression<T> column(String name, SqlType<T> type);

  /** This CTE defined as {@code query UNION ALL recursivePart}, for recursive queries. */
  CommonTableExpression unionAll(SelectQuery recursivePart);

  /** This CTE defined as {@code query UNION recursivePart}, for recursive queries. */
  CommonTableExpression union(SelectQuery recursivePart);
}
