package dev.cairn.orm;

import dev.cairn.core.sql.Condition;
import dev.cairn.orm.mapping.EntityModel;

/**
 * A condition on entities of type {@code T}, made by {@link Criteria} and combined with {@link
 * #and}, {@link #or} and {@link #not}; {@link Query#filter} applies it. It turns into a Core {@link
 * Condition} on the entity's columns when the query runs.
 *
 * <pre>{@code
 * session.query(User.class)
 *     .filter(Criteria.of(User::getUsername).startsWith("jo")
 *         .and(Criteria.of(User::getAge).ge(18).or(Criteria.of(User::getAge).isNull())))
 *     .all();
 * }</pre>
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface Criterion<T> {

  /** This criterion as a Core condition over the columns of {@code model}'s table. */
  Condition toCondition(EntityModel<?> model);

  /**
   * This criterion as a Core condition in a query that may join other entities: a criterion made by
   * {@link Criteria} on a joined entity's property applies to that join's alias; others apply to
   * the queried entity, {@code scope.root()}.
   */
  default Condition toCondition(JoinScope scope) {
    return toCondition(scope.root());
  }

  /** Both this and {@code other}. */
  default Criterion<T> and(Criterion<T> other) {
    return new CombinedCriterion<>(this, other, true);
  }

  /** This or {@code other}. */
  default Criterion<T> or(Criterion<T> other) {
    return new CombinedCriterion<>(this, other, false);
  }

  /** The negation of this. */
  default Criterion<T> not() {
    return new NegatedCriterion<>(this);
  }

  /**
   * A Core condition used as is, e.g. one over {@code session.table(User.class)} columns or other
   * tables (then joined by the statement), for what {@link Criteria} does not express.
   */
  static <T> Criterion<T> sql(Condition condition) {
    return model -> condition;
  }
}
