package dev.cairn.core.sql;

/** {@code [NOT] EXISTS (SELECT …)}. */
record Exists(SelectQuery query, boolean negated) implements Condition {

  @Override
  public void render(RenderContext context) {
    context.sql(negated ? "NOT EXISTS (" : "EXISTS (").visit(query).sql(')');
  }
}
