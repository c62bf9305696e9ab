package dev.cairn.orm;

import dev.cairn.core.sql.Condition;
import dev.cairn.orm.mapping.EntityModel;
import java.util.function.BiFunction;

/**
 * A comparison of one property made by {@link Criteria}: {@code leaf} builds it over the entity the
 * property belongs to, which in a query with joins may be a joined entity.
 */
record PropertyCriterion<T, V>(
    Criteria<T, V> property, BiFunction<Criteria<?, V>, EntityModel<?>, Condition> leaf)
    implements Criterion<T> {

  @Override
  public Condition toCondition(EntityModel<?> model) {
    return property.condition(model, leaf);
  }

  @Override
  public Condition toCondition(JoinScope scope) {
    return property.condition(scope, leaf);
  }
}
