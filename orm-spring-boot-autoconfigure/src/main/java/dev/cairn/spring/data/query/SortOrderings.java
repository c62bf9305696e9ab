package dev.cairn.spring.data.query;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Ordering;
import dev.cairn.orm.Query;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * Spring Data's {@link Sort} as Cairn {@link Ordering}s: each order names a column property of the
 * entity (a dotted path inside embedded values), or one reached through many-to-one and one-to-one
 * references ({@code "author.name"}), which the query then LEFT OUTER JOINs; NULLs go where the
 * order says.
 */
public final class SortOrderings {

  private SortOrderings() {}

  /**
   * {@code query} ordered by {@code sort}, joining the references a path goes through; a {@link
   * CairnException} naming the entity and the property when {@code sort} names no column property
   * reachable that way, or asks to ignore case.
   */
  @SuppressWarnings("unchecked")
  public static <T> Query<T> apply(Query<T> query, EntityModel<T> model, Sort sort) {
    if (sort.isUnsorted()) {
      return query;
    }
    Set<String> joins = new LinkedHashSet<>();
    List<Ordering<T>> orderings = new ArrayList<>();
    for (Sort.Order order : sort) {
      String join = check(model, order);
      if (join != null) {
        joins.add(join);
      }
      orderings.add(ordering(order));
    }
    Query<T> joined = query;
    for (String join : joins) {
      joined = joined.outerJoin(join);
    }
    return joined.orderBy(orderings.toArray(Ordering[]::new));
  }

  /** Checks {@code sort} against {@code model} as {@link #apply} does, without a query. */
  public static void check(EntityModel<?> model, Sort sort) {
    for (Sort.Order order : sort) {
      check(model, order);
    }
  }

  /** The relationship path to join for {@code order} (null when none), after checking it. */
  private static @Nullable String check(EntityModel<?> model, Sort.Order order) {
    String property = order.getProperty();
    if (order.isIgnoreCase()) {
      throw new CairnException(
          "Cannot sort "
              + model.name()
              + " by '"
              + property
              + "' ignoring case: case-insensitive sorting is not supported; sort without"
              + " ignoreCase()");
    }
    if (model.findProperty(property) != null) {
      return null;
    }
    EntityModel<?> target = model;
    int start = 0;
    int dot;
    while ((dot = property.indexOf('.', start)) > 0) {
      RelationshipModel hop = target.findRelationship(property.substring(start, dot));
      if (hop == null || hop.kind().isCollection()) {
        break;
      }
      target = hop.target();
      start = dot + 1;
      if (target.findProperty(property.substring(start)) != null) {
        return property.substring(0, dot);
      }
    }
    List<String> known = model.columnProperties().stream().map(PropertyModel::name).toList();
    throw new CairnException(
        "Cannot sort "
            + model.name()
            + " by '"
            + property
            + "': it is not a column property of the entity, nor one reached through many-to-one"
            + " or one-to-one references (collections cannot order their owner); sort by one of "
            + known
            + pathExample(model));
  }

  /** {@code " or by a path … such as 'author.name'"} for a reference of {@code model}, else "". */
  private static String pathExample(EntityModel<?> model) {
    for (RelationshipModel relationship : model.relationships()) {
      if (!relationship.kind().isCollection()
          && !relationship.target().columnProperties().isEmpty()) {
        return " or by a path through a reference such as '"
            + relationship.name()
            + "."
            + relationship.target().columnProperties().get(0).name()
            + "'";
      }
    }
    return "";
  }

  private static <T> Ordering<T> ordering(Sort.Order order) {
    Criteria<T, Object> criteria = Criteria.named(order.getProperty());
    Ordering<T> ordering = order.isAscending() ? criteria.asc() : criteria.desc();
    return switch (order.getNullHandling()) {
      case NULLS_FIRST -> ordering.nullsFirst();
      case NULLS_LAST -> ordering.nullsLast();
      case NATIVE -> ordering;
    };
  }
}
