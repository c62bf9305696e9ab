package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/** A timestamp truncated to the start of its year, month, day, …, written by the dialect. */
record DateTrunc<T>(DatePart unit, Expression<T> operand)
    implements Expression<T>, CompositeExpression {

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
    context.dialect().query().functions().renderDateTrunc(context, unit, operand);
  }
}
