package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.List;

/** The length of a string in characters, with the dialect's function for it. */
record CharLength(Expression<?> operand) implements Expression<Integer>, CompositeExpression {

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
    context.sql(context.dialect().query().characterLengthFunction()).sql('(');
    context.visit(operand).sql(')');
  }
}
