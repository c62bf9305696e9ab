package dev.cairn.core.sql;

/** {@code left op right} for one of the comparison operators. */
record Comparison(Expression<?> left, String operator, Expression<?> right) implements Condition {

  static Comparison of(Expression<?> left, String operator, Expression<?> right) {
    return new Comparison(left, operator, right);
  }

  @Override
  public void render(RenderContext context) {
    context.visit(left).sql(' ').sql(operator).sql(' ').visit(right);
  }
}
