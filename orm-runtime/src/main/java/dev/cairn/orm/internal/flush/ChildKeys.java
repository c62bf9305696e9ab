package dev.cairn.orm.internal.flush;

import dev.cairn.core.CairnException;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The foreign keys of unidirectional one-to-many collections ({@code @OneToMany @JoinColumn}) for
 * one flush, as the cascades found them: a child in a collection that changed (or of a new parent)
 * gets that parent's key — a pending key when the parent is inserted by the same flush, so the
 * child's INSERT carries it — and a child that left one, or whose parent was deleted, gets NULL
 * unless another collection took it. Children of unchanged collections keep the stored value.
 */
final class ChildKeys {

  /** The parent of a child that left its collection (its key becomes NULL). */
  private static final Object REMOVED = new Object();

  private final Map<RelationshipModel, Map<Object, Object>> parents = new LinkedHashMap<>();
  private final Map<EntityModel<?>, List<RelationshipModel>> incoming = new IdentityHashMap<>();

  /** Forgets the previous flush's assignments. */
  void clear() {
    parents.clear();
  }

  /** {@code child} is in {@code parent}'s collection {@code relationship}. */
  void member(RelationshipModel relationship, Object parent, Object child) {
    parents.computeIfAbsent(relationship, r -> new IdentityHashMap<>()).put(child, parent);
  }

  /** {@code child} left {@code relationship}'s collection (unless another one takes it). */
  void removed(RelationshipModel relationship, Object child) {
    parents.computeIfAbsent(relationship, r -> new IdentityHashMap<>()).putIfAbsent(child, REMOVED);
  }

  /** Whether this flush assigns a foreign key to {@code state}'s object. */
  boolean assigns(InstanceState state) {
    if (parents.isEmpty()) {
      return false;
    }
    for (Map<Object, Object> children : parents.values()) {
      if (children.containsKey(state.entity())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes the hidden foreign-key values of {@code state}'s object into {@code values} (its column
   * values, where they are null): the assigned parent's key, else the stored value (none for a new
   * object).
   */
  void write(InstanceState state, @Nullable Object[] values, References references) {
    List<RelationshipModel> relationships = incoming(state.model());
    if (relationships.isEmpty()) {
      return;
    }
    Object[] loaded = state.lifecycle() == EntityState.PENDING ? null : state.loaded();
    Object entity = state.entity();
    for (RelationshipModel relationship : relationships) {
      List<PropertyModel> keys = relationship.childKeyProperties();
      Map<Object, Object> children = parents.get(relationship);
      Object parent = children == null ? null : children.get(entity);
      if (parent == null) {
        for (PropertyModel key : keys) {
          values[key.index()] = loaded == null ? null : loaded[key.index()];
        }
      } else if (parent == REMOVED) {
        for (PropertyModel key : keys) {
          values[key.index()] = null;
          if (!key.nullable()) {
            throw removedFromRequired(state, relationship, key);
          }
        }
      } else {
        Object pending = references.pendingKey(parent);
        if (pending != null) {
          values[keys.get(0).index()] = pending;
          continue;
        }
        List<PropertyModel> ownerIds = relationship.declaringEntity().idProperties();
        for (int i = 0; i < keys.size(); i++) {
          Object value = ownerIds.get(i).columnValue(parent);
          if (value == null) {
            throw References.notInSession(describe(relationship) + " (its element)", parent);
          }
          values[keys.get(i).index()] = value;
        }
      }
    }
  }

  private static String describe(RelationshipModel relationship) {
    return relationship.declaringEntity().name() + "." + relationship.name();
  }

  /** The unidirectional one-to-many relationships whose foreign key is in {@code model}'s table. */
  private List<RelationshipModel> incoming(EntityModel<?> model) {
    List<RelationshipModel> found = incoming.get(model);
    if (found == null) {
      found = new ArrayList<>();
      for (PropertyModel property : model.propertyArray()) {
        RelationshipModel relationship = property.collectionKeyOf();
        if (relationship != null && !found.contains(relationship)) {
          found.add(relationship);
        }
      }
      found = List.copyOf(found);
      incoming.put(model, found);
    }
    return found;
  }

  private static CairnException removedFromRequired(
      InstanceState state, RelationshipModel relationship, PropertyModel key) {
    return new CairnException(
        "Cannot flush "
            + state.model().name()
            + " with id "
            + state.key()
            + ": it was removed from "
            + describe(relationship)
            + " (a unidirectional @OneToMany), and its foreign key column "
            + state.model().table().name()
            + "."
            + key.columnName()
            + " is NOT NULL, so it cannot be unlinked; delete it, add it to another collection"
            + " in the same flush, or add Cascade.DELETE_ORPHAN to the relationship");
  }
}
