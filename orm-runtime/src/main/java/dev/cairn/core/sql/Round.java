package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code ROUND(operand[, digits])}, typed as its operand, written by the dialect. */
record Round<T>(Expression<T> operand, @Nullable Expression<Integer> digits)
    implements Expression<T>, CompositeExpression {

  @Override
  public SqlType<T> type() {
    return operand.type();
  }

  @Override
  public List<? extends SqlNode> children() {
    List<SqlNode> all = new ArrayList<>(2);
    all.add(operand);
    if (digits != null) {
      all.add(digits);
    }
    return all;
  }

  @Override
  public void render(RenderContext context) {
    context.dialect().query().functions().renderRound(context, operand, digits);
  }
}
