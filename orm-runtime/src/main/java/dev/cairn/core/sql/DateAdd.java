package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/** A date or timestamp plus a whole number of units, written by the dialect. */
record DateAdd<T>(Expression<T> operand, Expression<?> amount, DatePart unit)
    implements Expression<T>, CompositeExpression {

  @Override
  public SqlType<T> type() {
    return operand.type();
  }

  @Override
  public List<? extends SqlNode> children() {
    return List.of(operand, amount);
  }

  @Override
  public void render(RenderContext context) {
    context.dialect().query().functions().renderDateAdd(context, operand, amount, unit);
  }
}
