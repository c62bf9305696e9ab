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

  /** Both this and {@code other}. */
  default Criterion<T> and(Criterion<T> other) {
    return model -> toCondition(model).and(other.toCondition(model));
  }

  /** This or {@code other}. */
  default Criterion<T> or(Criterion<T> other) {
    return model -> toCondition(model).or(other.toCondition(model));
  }

  /** The negation of this. */
  default Criterion<T> not() {
    return model -> toCondition(model).not();
  }

  /**
   * A Core condition used as is, e.g. one over {@code session.table(User.class)} columns or other
   * tables (then joined by the statement), for what {@link Criteria} does not express.
   */
  static <T> Criterion<T> sql(Condition condition) {
    return model -> condition;
  }
}
