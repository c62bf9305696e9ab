package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.ArrayList;
import java.util.List;

/** String concatenation: {@code a || b} or, where the dialect says so, {@code CONCAT(a, b)}. */
record Concat(List<Expression<?>> operands) implements Expression<String>, CompositeExpression {

  Concat {
    operands = List.copyOf(operands);
  }

  /** Concatenates, flattening nested concatenations. */
  static Concat of(List<? extends Expression<?>> parts) {
    List<Expression<?>> all = new ArrayList<>();
    for (Expression<?> part : parts) {
      if (part instanceof Concat concat) {
        all.addAll(concat.operands);
      } else {
        all.add(part);
      }
    }
    if (all.size() < 2) {
      throw new IllegalArgumentException("concat needs at least two operands, got " + all.size());
    }
    return new Concat(all);
  }

  @Override
  public SqlType<String> type() {
    return SqlTypes.TEXT;
  }

  @Override
  public List<? extends SqlNode> children() {
    return operands;
  }

  @Override
  public void render(RenderContext context) {
    context.dialect().query().renderConcat(context, operands);
  }
}
