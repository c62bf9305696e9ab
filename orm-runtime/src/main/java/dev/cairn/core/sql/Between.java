package dev.cairn.core.sql;

/** {@code expr BETWEEN low AND high}. */
record Between(Expression<?> operand, Expression<?> low, Expression<?> high) implements Condition {

  @Override
  public void render(RenderContext context) {
    context.visit(operand).sql(" BETWEEN ").visit(low).sql(" AND ").visit(high);
  }
}
