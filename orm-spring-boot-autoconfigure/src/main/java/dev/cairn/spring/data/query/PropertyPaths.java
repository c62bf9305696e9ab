package dev.cairn.spring.data.query;

import dev.cairn.core.sql.Condition;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Criterion;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Dotted property paths of derived queries resolved against Cairn's mapping: a column property
 * (also inside embedded values), reached through relationships hop by hop; each hop becomes the
 * correlated {@code EXISTS} of {@link Criteria#has(String, Criterion)} or {@link
 * Criteria#any(String, Criterion)}.
 */
final class PropertyPaths {

  private PropertyPaths() {}

  /** What a path ends at: a column property, or (for IsEmpty) a collection relationship. */
  record Target(
      EntityModel<?> owner,
      @Nullable PropertyModel property,
      @Nullable RelationshipModel relationship) {}

  /** Where {@code path} leads from {@code model}, or null when it names nothing mapped. */
  static @Nullable Target resolve(EntityModel<?> model, String path) {
    PropertyModel property = model.findProperty(path);
    if (property != null) {
      return new Target(model, property, null);
    }
    int dot = path.indexOf('.');
    if (dot < 0) {
      RelationshipModel relationship = model.findRelationship(path);
      return relationship == null ? null : new Target(model, null, relationship);
    }
    RelationshipModel hop = model.findRelationship(path.substring(0, dot));
    return hop == null ? null : resolve(hop.target(), path.substring(dot + 1));
  }

  /**
   * The criterion whose condition {@code leaf} makes at the end of {@code path}, given the model
   * owning the last segment and the segment's name.
   */
  static <T> Criterion<T> at(String path, BiFunction<EntityModel<?>, String, Condition> leaf) {
    return model -> condition(model, path, leaf);
  }

  private static Condition condition(
      EntityModel<?> model, String path, BiFunction<EntityModel<?>, String, Condition> leaf) {
    int dot = path.indexOf('.');
    if (model.findProperty(path) != null || dot < 0) {
      return leaf.apply(model, path);
    }
    RelationshipModel hop = model.findRelationship(path.substring(0, dot));
    if (hop == null) {
      return leaf.apply(model, path);
    }
    String rest = path.substring(dot + 1);
    Criterion<Object> inner = target -> condition(target, rest, leaf);
    Criterion<Object> exists =
        hop.collectionType() != null
            ? Criteria.any(hop.name(), inner)
            : Criteria.has(hop.name(), inner);
    return exists.toCondition(model);
  }
}
