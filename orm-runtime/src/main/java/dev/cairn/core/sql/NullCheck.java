package dev.cairn.core.sql;

/** {@code expr IS NULL} or {@code expr IS NOT NULL}. */
record NullCheck(Expression<?> operand, boolean negated) implements Condition {

  @Override
  public void render(RenderContext context) {
    context.visit(operand).sql(negated ? " IS NOT NULL" : " IS NULL");
  }
}
