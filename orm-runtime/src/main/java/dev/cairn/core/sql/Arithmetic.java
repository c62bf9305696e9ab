package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/**
 * {@code left op right} for {@code + - * /}. Operands that are themselves operations are
 * parenthesised unless the operator is associative and they sit on its left.
 */
record Arithmetic<T>(Expression<T> left, String operator, Expression<?> right)
    implements Expression<T>, CompositeExpression {

  @Override
  public SqlType<T> type() {
    return left.type();
  }

  @Override
  public List<? extends SqlNode> children() {
    return List.of(left, right);
  }

  @Override
  public void render(RenderContext context) {
    if (left instanceof Arithmetic<?> inner && precedence(inner.operator) >= precedence(operator)) {
      context.visit(left);
    } else {
      Operators.renderOperand(context, left);
    }
    context.sql(' ').sql(operator).sql(' ');
    Operators.renderOperand(context, right);
  }

  private static int precedence(String operator) {
    return operator.equals("+") || operator.equals("-") ? 1 : 2;
  }
}
