package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code LAG(operand, offset[, fallback])} or {@code LEAD(…)}: the operand's value {@code offset}
 * rows before or after the current one in the window; {@code fallback} where there is no such row.
 */
record OffsetFunction<T>(
    String name,
    Expression<T> operand,
    Expression<Integer> offset,
    @Nullable Expression<T> fallback)
    implements FunctionExpression<T>, CompositeExpression {

  @Override
  public SqlType<T> type() {
    return operand.type();
  }

  @Override
  public List<? extends SqlNode> children() {
    List<SqlNode> all = new ArrayList<>(3);
    all.add(operand);
    all.add(offset);
    if (fallback != null) {
      all.add(fallback);
    }
    return all;
  }

  @Override
  public Expression<T> over(Window window) {
    return new Over<>(this, window);
  }

  @Override
  public void render(RenderContext context) {
    context.sql(name).sql('(').visit(operand).sql(", ").visit(offset);
    if (fallback != null) {
      if (!context.dialect().query().functions().supportsOffsetDefault()) {
        throw new CairnException(
            "Functions."
                + name.toLowerCase(Locale.ROOT)
                + " with a default value is not supported by "
                + context.dialect().name()
                + ", whose "
                + name
                + " takes no third argument; leave the default out and wrap the window"
                + " function in Sql.coalesce(…, default), which also replaces NULL values");
      }
      context.sql(", ").visit(fallback);
    }
    context.sql(')');
  }
}
