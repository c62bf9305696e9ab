package dev.cairn.core.sql;

/** Parenthesises operands of operators where precedence would otherwise change the meaning. */
final class Operators {

  private Operators() {}

  /** Renders {@code operand}, in parentheses when it is itself an operator expression. */
  static void renderOperand(RenderContext context, SqlNode operand) {
    if (needsParentheses(operand)) {
      context.sql('(').visit(operand).sql(')');
    } else {
      context.visit(operand);
    }
  }

  static boolean needsParentheses(SqlNode operand) {
    return operand instanceof Arithmetic
        || operand instanceof Concat
        || operand instanceof Negative
        || operand instanceof Condition;
  }
}
