package dev.cairn.orm.internal.flush;

import dev.cairn.core.CairnException;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipKind;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the owning sides of relationships write in one flush: the foreign-key values of to-one
 * references (the referenced object's key, or a {@link PendingKey} while the same flush inserts it)
 * and the join-table rows that many-to-many collections gained and lost since the last load or
 * flush.
 */
final class References {

  private final IdentityMap map;

  References(IdentityMap map) {
    this.map = map;
  }

  /**
   * Sets the foreign-key values in {@code values} (the object's current column values): a reference
   * never loaded and still empty keeps the stored value (it is not a change to NULL), a reference
   * to an object this flush inserts writes a pending key, others their target's key.
   */
  void foreignKeys(InstanceState state, @Nullable Object[] values) {
    Object[] loaded = state.lifecycle() == EntityState.PENDING ? null : state.loaded();
    Object entity = state.entity();
    for (RelationshipModel relationship : state.model().relationships()) {
      List<PropertyModel> keys = relationship.foreignKeyProperties();
      if (keys.isEmpty()) {
        continue;
      }
      Object target = relationship.get(entity);
      if (target == null) {
        if (loaded != null && !state.settled(relationship.ordinal())) {
          for (PropertyModel key : keys) {
            values[key.index()] = loaded[key.index()];
          }
        }
        continue;
      }
      Object pending = pendingKey(target);
      if (pending != null) {
        values[keys.get(0).index()] = pending;
      } else if (values[keys.get(0).index()] == null) {
        throw notInSession(state.model().name() + "." + relationship.name(), target);
      }
    }
  }

  /** Adds the join-table rows of the state's owning many-to-many collections that changed. */
  void planLinks(
      InstanceState state,
      Map<RelationshipModel, List<@Nullable Object[]>> inserts,
      Map<RelationshipModel, List<@Nullable Object[]>> deletes,
      Map<RelationshipModel, EntityPersister> owners,
      EntityPersister persister) {
    for (RelationshipModel relationship : state.model().relationships()) {
      if (relationship.kind() != RelationshipKind.MANY_TO_MANY || !relationship.owning()) {
        continue;
      }
      RelatedChange change = RelatedChange.of(state, relationship);
      if (change == null) {
        continue;
      }
      Set<Object> before = identitySet(change.previous());
      Set<Object> now = identitySet(change.current());
      for (Object member : change.current()) {
        if (before.add(member)) {
          owners.putIfAbsent(relationship, persister);
          inserts
              .computeIfAbsent(relationship, r -> new ArrayList<>())
              .add(row(state, relationship, member));
        }
      }
      for (Object member : change.previous()) {
        if (!now.contains(member)) {
          owners.putIfAbsent(relationship, persister);
          deletes
              .computeIfAbsent(relationship, r -> new ArrayList<>())
              .add(row(state, relationship, member));
        }
      }
    }
  }

  private @Nullable Object[] row(
      InstanceState owner, RelationshipModel relationship, Object target) {
    List<@Nullable Object> row = new ArrayList<>();
    String where = owner.model().name() + "." + relationship.name();
    keyValues(owner.model(), owner.entity(), row, where);
    keyValues(relationship.target(), target, row, where);
    return row.toArray();
  }

  private void keyValues(
      EntityModel<?> model, Object entity, List<@Nullable Object> out, String where) {
    Object pending = pendingKey(entity);
    if (pending != null) {
      out.add(pending);
      return;
    }
    for (PropertyModel id : model.idProperties()) {
      Object value = id.columnValue(entity);
      if (value == null || (id.generatedByDatabase() && FlushPlanner.isUnset(value))) {
        throw notInSession(where, entity);
      }
      out.add(value);
    }
  }

  /**
   * A pending key when {@code target} is inserted by this flush with a generated key, else null.
   */
  @Nullable PendingKey pendingKey(Object target) {
    InstanceState state = map.state(target);
    if (state == null || state.lifecycle() != EntityState.PENDING) {
      return null;
    }
    PropertyModel generated = generatedId(state.model());
    return generated == null ? null : new PendingKey(target, generated.index());
  }

  private static @Nullable PropertyModel generatedId(EntityModel<?> model) {
    for (PropertyModel id : model.idProperties()) {
      if (id.generatedByDatabase() && !model.hasCompositeId()) {
        return id;
      }
    }
    return null;
  }

  private static Set<Object> identitySet(List<Object> members) {
    Set<Object> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(members);
    return set;
  }

  static CairnException notInSession(String where, Object target) {
    return new CairnException(
        "Cannot flush "
            + where
            + ": it refers to a new "
            + target.getClass().getSimpleName()
            + " that is not in the session and has no key; add it with session.add(...) (or keep"
            + " the default SAVE_UPDATE cascade on "
            + where
            + ")");
  }
}
