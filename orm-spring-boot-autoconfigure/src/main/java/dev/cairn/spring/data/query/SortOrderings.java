package dev.cairn.spring.data.query;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Ordering;
import dev.cairn.orm.Query;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;

/**
 * Spring Data's {@link Sort} as Cairn {@link Ordering}s: each order names a column property of the
 * entity (a dotted path inside embedded values); NULLs go where the order says.
 */
public final class SortOrderings {

  private SortOrderings() {}

  /**
   * {@code query} ordered by {@code sort}; a {@link CairnException} naming the entity and the
   * property when {@code sort} names no column property of {@code model}, or asks to ignore case.
   */
  @SuppressWarnings("unchecked")
  public static <T> Query<T> apply(Query<T> query, EntityModel<T> model, Sort sort) {
    if (sort.isUnsorted()) {
      return query;
    }
    return query.orderBy(orderings(model, sort).toArray(Ordering[]::new));
  }

  /** The orderings {@code sort} makes for {@code model}, checked as {@link #apply} does. */
  public static <T> List<Ordering<T>> orderings(EntityModel<T> model, Sort sort) {
    List<Ordering<T>> orderings = new ArrayList<>();
    for (Sort.Order order : sort) {
      orderings.add(ordering(model, order));
    }
    return orderings;
  }

  private static <T> Ordering<T> ordering(EntityModel<T> model, Sort.Order order) {
    String property = order.getProperty();
    if (model.findProperty(property) == null) {
      List<String> known = model.columnProperties().stream().map(PropertyModel::name).toList();
      throw new CairnException(
          "Cannot sort "
              + model.name()
              + " by '"
              + property
              + "': it is not a column property of the entity"
              + (property.contains(".") ? " (sorting through a relationship is not supported)" : "")
              + "; sort by one of "
              + known);
    }
    if (order.isIgnoreCase()) {
      throw new CairnException(
          "Cannot sort "
              + model.name()
              + " by '"
              + property
              + "' ignoring case: case-insensitive sorting is not supported; sort without"
              + " ignoreCase()");
    }
    Criteria<T, Object> criteria = Criteria.named(property);
    Ordering<T> ordering = order.isAscending() ? criteria.asc() : criteria.desc();
    return switch (order.getNullHandling()) {
      case NULLS_FIRST -> ordering.nullsFirst();
      case NULLS_LAST -> ordering.nullsLast();
      case NATIVE -> ordering;
    };
  }
}
