package dev.cairn.orm;

import dev.cairn.core.sql.Condition;
import dev.cairn.orm.mapping.EntityModel;

/** The negation of a criterion, resolved where it belongs in a query's joins. */
record NegatedCriterion<T>(Criterion<T> criterion) implements Criterion<T> {

  @Override
  public Condition toCondition(EntityModel<?> model) {
    return criterion.toCondition(model).not();
  }

  @Override
  public Condition toCondition(JoinScope scope) {
    return criterion.toCondition(scope).not();
  }
}
