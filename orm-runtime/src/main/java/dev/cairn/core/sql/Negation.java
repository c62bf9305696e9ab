package dev.cairn.core.sql;

/** {@code NOT (condition)}. */
record Negation(Condition operand) implements Condition {

  @Override
  public void render(RenderContext context) {
    context.sql("NOT (").visit(operand).sql(')');
  }
}
