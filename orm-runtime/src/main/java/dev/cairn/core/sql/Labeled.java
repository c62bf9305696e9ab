package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;

/** {@code expr AS label} in a select list. */
record Labeled<T>(Expression<T> expression, String label) implements Expression<T> {

  @Override
  public SqlType<T> type() {
    return expression.type();
  }

  @Override
  public void render(RenderContext context) {
    context.visit(expression).sql(" AS ").identifier(label);
  }
}
