package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/** {@code function OVER (window)}. */
record Over<T>(FunctionCall<T> function, Window window)
    implements Expression<T>, CompositeExpression {

  @Override
  public SqlType<T> type() {
    return function.type();
  }

  @Override
  public List<? extends SqlNode> children() {
    return List.of(function);
  }

  @Override
  public void render(RenderContext context) {
    context.visit(function).sql(" OVER (").visit(window).sql(')');
  }
}
