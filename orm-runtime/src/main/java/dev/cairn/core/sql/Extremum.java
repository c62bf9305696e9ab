package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/** {@code GREATEST(a, b, …)} or {@code LEAST(a, b, …)}, written by the dialect. */
record Extremum<T>(boolean greatest, SqlType<T> type, List<Expression<T>> operands)
    implements Expression<T>, CompositeExpression {

  Extremum {
    operands = List.copyOf(operands);
  }

  @Override
  public List<? extends SqlNode> children() {
    return operands;
  }

  @Override
  public void render(RenderContext context) {
    context.dialect().query().functions().renderExtremum(context, greatest, operands);
  }
}
