package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.ArrayList;
import java.util.List;

/** {@code function OVER (window)}. */
record Over<T>(FunctionExpression<T> function, Window window)
    implements Expression<T>, CompositeExpression {

  @Override
  public SqlType<T> type() {
    return function.type();
  }

  @Override
  public List<? extends SqlNode> children() {
    List<SqlNode> all = new ArrayList<>();
    if (function instanceof CompositeExpression composite) {
      all.addAll(composite.children());
    }
    all.addAll(window.partitionBy());
    all.addAll(window.orderBy());
    return all;
  }

  @Override
  public void render(RenderContext context) {
    context.visit(function).sql(" OVER (").visit(window).sql(')');
  }
}
