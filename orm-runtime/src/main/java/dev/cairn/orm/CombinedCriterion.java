package dev.cairn.orm;

import dev.cairn.core.sql.Condition;
import dev.cairn.orm.mapping.EntityModel;

/** Two criteria joined by AND or OR, each resolved where it belongs in a query's joins. */
record CombinedCriterion<T>(Criterion<T> left, Criterion<T> right, boolean and)
    implements Criterion<T> {

  @Override
  public Condition toCondition(EntityModel<?> model) {
    return combine(left.toCondition(model), right.toCondition(model));
  }

  @Override
  public Condition toCondition(JoinScope scope) {
    return combine(left.toCondition(scope), right.toCondition(scope));
  }

  private Condition combine(Condition first, Condition second) {
    return and ? first.and(second) : first.or(second);
  }
}
