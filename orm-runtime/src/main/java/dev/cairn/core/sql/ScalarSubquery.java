package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;

/** {@code (SELECT …)} used as a value; correlated when it reads columns of the outer query. */
record ScalarSubquery<T>(SelectQuery query, SqlType<T> type) implements Expression<T> {

  @Override
  public void render(RenderContext context) {
    context.sql('(').visit(query).sql(')');
  }
}
