package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;

/**
 * A query used as a table in FROM: {@code (SELECT …) AS alias}, made by {@link SelectQuery#as}. Its
 * columns are read through {@link #column}, typed.
 */
public interface DerivedTable extends FromItem {

  /** The alias the subquery is known by. */
  String alias();

  /** The query inside. */
  SelectQuery query();

  /**
   * The column exposing {@code resultColumn} of the query, typed as it: the very expression
   * selected, or the expression a selected label names ({@code Sql.sum(x)} finds {@code
   * Sql.sum(x).as("total")}), rendered {@code alias.name}.
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
}
