package dev.cairn.orm;

import dev.cairn.core.sql.SortOrder;
import dev.cairn.orm.mapping.EntityModel;

/**
 * One ORDER BY item of a {@link Query}: a property, a direction and where NULLs go. Made by {@link
 * Criteria#asc()} and {@link Criteria#desc()}.
 *
 * @param property the property sorted by
 * @param direction ascending or descending
 * @param nulls where NULLs sort; {@code DEFAULT} leaves it to the database
 * @param <T> the entity type
 */
public record Ordering<T>(
    Criteria<T, ?> property, SortOrder.Direction direction, SortOrder.Nulls nulls) {

  /** The same ordering with NULLs first (emulated where the database has no NULLS FIRST). */
  public Ordering<T> nullsFirst() {
    return new Ordering<>(property, direction, SortOrder.Nulls.FIRST);
  }

  /** The same ordering with NULLs last (emulated where the database has no NULLS LAST). */
  public Ordering<T> nullsLast() {
    return new Ordering<>(property, direction, SortOrder.Nulls.LAST);
  }

  /** This ordering as a Core sort order over the column of {@code model}'s property. */
  public SortOrder toSortOrder(EntityModel<?> model) {
    return new SortOrder(property.resolve(model).column(), direction, nulls);
  }

  /**
   * This ordering in a query that may join other entities: a property of a joined entity sorts by
   * the column of that join's alias (see {@link Criteria#of(Getter)} and {@link JoinScope}).
   */
  public SortOrder toSortOrder(JoinScope scope) {
    Criteria.Located<?> located = property.locate(scope);
    if (located == null) {
      return toSortOrder(scope.root());
    }
    JoinedEntity join = located.join();
    return new SortOrder(
        join.table().column(located.property().resolve(join.model()).column()), direction, nulls);
  }
}
