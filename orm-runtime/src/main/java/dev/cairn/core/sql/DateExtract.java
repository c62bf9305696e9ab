package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.List;

/** A part of a date or timestamp as an integer, written by the dialect. */
record DateExtract(DatePart part, Expression<?> operand)
    implements Expression<Integer>, CompositeExpression {

  @Override
  public SqlType<Integer> type() {
    return SqlTypes.INTEGER;
  }

  @Override
  public List<? extends SqlNode> children() {
    return List.of(operand);
  }

  @Override
  public void render(RenderContext context) {
    context.dialect().query().functions().renderExtract(context, part, operand);
  }
}
