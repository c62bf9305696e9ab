package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;

/** An expression over a table's columns rendered through an alias of it; see {@link Sql#adapt}. */
record AdaptedExpression<T>(Expression<T> expression, TableReference table, TableReference alias)
    implements Expression<T> {

  @Override
  public SqlType<T> type() {
    return expression.type();
  }

  @Override
  public void render(RenderContext context) {
    context.adapted(table, alias, expression);
  }
}
