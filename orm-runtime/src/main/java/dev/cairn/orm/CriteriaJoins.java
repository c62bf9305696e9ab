package dev.cairn.orm;

import dev.cairn.core.CairnException;
import dev.cairn.orm.mapping.EntityModel;
import org.jspecify.annotations.Nullable;

/** Finds the join of a query that a {@link Criteria} property belongs to. */
final class CriteriaJoins {

  private CriteriaJoins() {}

  /**
   * The join of {@code scope} {@code criteria}'s property belongs to — by its alias, by a dotted
   * name whose prefix names a join (the longest wins), or by its getter's entity when that is not
   * the root — or null for a property of the queried entity.
   */
  static <V> Criteria.@Nullable Located<V> locate(Criteria<?, V> criteria, JoinScope scope) {
    EntityModel<?> root = scope.root();
    String name = criteria.name();
    Class<?> entity = criteria.entity();
    if (criteria.alias() != null) {
      JoinedEntity join = scope.named(criteria.alias());
      if (join == null) {
        throw new CairnException(
            "Criteria "
                + criteria
                + " names the join '"
                + criteria.alias()
                + "', but the query of "
                + root.name()
                + " has "
                + joinNames(scope)
                + "; join it with join(..., \""
                + criteria.alias()
                + "\") first");
      }
      return new Criteria.Located<>(join, criteria.unaliased(criteria.name()));
    }
    if (name.indexOf('.') > 0 && root.findProperty(name) == null) {
      for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
        JoinedEntity join = scope.named(name.substring(0, dot));
        if (join != null) {
          return new Criteria.Located<>(join, criteria.unaliased(name.substring(dot + 1)));
        }
      }
    }
    if (entity == null || entity.isAssignableFrom(root.javaType())) {
      return null;
    }
    JoinedEntity found = null;
    for (JoinedEntity join : scope.joins()) {
      if (entity.isAssignableFrom(join.model().javaType())) {
        if (found != null) {
          throw new CairnException(
              "Criteria "
                  + criteria
                  + " is ambiguous: the query of "
                  + root.name()
                  + " joins "
                  + join.model().name()
                  + " more than once ("
                  + joinNames(scope)
                  + "); name the join: Criteria.of(\""
                  + found.name()
                  + "\", "
                  + criteria
                  + ")");
        }
        found = join;
      }
    }
    if (found == null) {
      throw new CairnException(
          "Criteria "
              + criteria
              + " is a property of "
              + entity.getSimpleName()
              + ", which the query of "
              + root.name()
              + " does not join; join it (query.join(...)) or filter through the relationship with"
              + " Criteria.has / Criteria.any");
    }
    return new Criteria.Located<>(found, criteria.unaliased(name));
  }

  private static String joinNames(JoinScope scope) {
    return scope.joins().isEmpty()
        ? "no joins"
        : "the joins " + scope.joins().stream().map(JoinedEntity::name).toList();
  }
}
