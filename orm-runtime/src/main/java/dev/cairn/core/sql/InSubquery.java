package dev.cairn.core.sql;

/** {@code expr [NOT] IN (SELECT …)}. */
record InSubquery(Expression<?> operand, SelectQuery query, boolean negated) implements Condition {

  static InSubquery of(Expression<?> operand, SelectQuery query, boolean negated) {
    Subqueries.singleColumn(query, negated ? "NOT IN (subquery)" : "IN (subquery)");
    return new InSubquery(operand, query, negated);
  }

  @Override
  public void render(RenderContext context) {
    context.visit(operand).sql(negated ? " NOT IN (" : " IN (").visit(query).sql(')');
  }
}
