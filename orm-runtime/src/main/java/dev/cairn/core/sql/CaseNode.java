package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The searched CASE expression; results bind with the type of the first result. */
record CaseNode<T>(
    SqlType<T> type,
    List<Condition> conditions,
    List<Expression<T>> results,
    @Nullable Expression<T> otherwise)
    implements CaseExpression<T>, CompositeExpression {

  CaseNode {
    conditions = List.copyOf(conditions);
    results = List.copyOf(results);
  }

  static <T> CaseNode<T> first(Condition condition, Expression<T> result) {
    return new CaseNode<>(result.type(), List.of(condition), List.of(result), null);
  }

  @Override
  public CaseExpression<T> when(Condition condition, T value) {
    return when(condition, Sql.value(type, value));
  }

  @Override
  public CaseExpression<T> when(Condition condition, Expression<T> result) {
    List<Condition> allConditions = new ArrayList<>(conditions);
    allConditions.add(condition);
    List<Expression<T>> allResults = new ArrayList<>(results);
    allResults.add(result);
    return new CaseNode<>(type, allConditions, allResults, otherwise);
  }

  @Override
  public Expression<T> otherwise(T value) {
    return otherwise(Sql.value(type, value));
  }

  @Override
  public Expression<T> otherwise(Expression<T> result) {
    return new CaseNode<>(type, conditions, results, result);
  }

  @Override
  public List<? extends SqlNode> children() {
    List<SqlNode> all = new ArrayList<>(results);
    if (otherwise != null) {
      all.add(otherwise);
    }
    return all;
  }

  @Override
  public void render(RenderContext context) {
    context.sql("CASE");
    for (int i = 0; i < conditions.size(); i++) {
      context.sql(" WHEN ").visit(conditions.get(i)).sql(" THEN ").visit(results.get(i));
    }
    if (otherwise != null) {
      context.sql(" ELSE ").visit(otherwise);
    }
    context.sql(" END");
  }
}
