package dev.cairn.core.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code expr IN (?, ?, …)} or {@code NOT IN}. An empty list renders as a condition that is always
 * false ({@code IN}) or always true ({@code NOT IN}), as SQL has no empty IN list.
 */
record InList(Expression<?> operand, List<Expression<?>> values, boolean negated)
    implements Condition {

  InList {
    values = List.copyOf(values);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T> InList of(Expression<T> operand, Collection<? extends T> values, boolean negated) {
    List<Expression<?>> bound = new ArrayList<>(values.size());
    for (T value : values) {
      bound.add(Sql.value(operand.type(), value));
    }
    return new InList(operand, bound, negated);
  }

  @Override
  public void render(RenderContext context) {
    if (values.isEmpty()) {
      context.sql(negated ? "1 = 1" : "1 = 0");
      return;
    }
    context.visit(operand).sql(negated ? " NOT IN (" : " IN (").visit(values, ", ").sql(')');
  }
}
