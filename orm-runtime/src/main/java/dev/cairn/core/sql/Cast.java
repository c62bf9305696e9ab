package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/** {@code CAST(operand AS type)}, the type named by the dialect's cast target names. */
record Cast<T>(Expression<?> operand, SqlType<T> type)
    implements Expression<T>, CompositeExpression {

  @Override
  public List<? extends SqlNode> children() {
    return List.of(operand);
  }

  @Override
  public void render(RenderContext context) {
    context.sql("CAST(").visit(operand).sql(" AS ");
    context.sql(context.dialect().types().castTypeName(type)).sql(')');
  }
}
