package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/** {@code -operand}; an operand that is an operation is parenthesised (never {@code --}). */
record Negative<T>(Expression<T> operand) implements Expression<T>, CompositeExpression {

  @Override
  public SqlType<T> type() {
    return operand.type();
  }

  @Override
  public List<? extends SqlNode> children() {
    return List.of(operand);
  }

  @Override
  public void render(RenderContext context) {
    context.sql('-');
    Operators.renderOperand(context, operand);
  }
}
