package dev.cairn.orm.internal.flush;

import dev.cairn.core.CairnException;
import dev.cairn.orm.EntityState;
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

  /**
   * The entries this flush inserts with a generated key: the only ones a pending key comes from.
   */
  private final Map<Object, EntityEntry> byObject = new IdentityHashMap<>();

  References(Iterable<EntityEntry> entries) {
    for (EntityEntry entry : entries) {
      if (entry.state() == EntityState.PENDING && entry.persister().generatedId() != null) {
        byObject.put(entry.entity(), entry);
      }
    }
  }

  /**
   * Sets the foreign-key values in {@code values} (the entry's current column values): a reference
   * unchanged since the last load or flush keeps the stored value (a reference that was never
   * loaded is not a change to NULL), a new one writes its target's key.
   */
  void foreignKeys(EntityEntry entry, @Nullable Object[] values) {
    Object[] snapshot = entry.state() == EntityState.PENDING ? null : entry.snapshot();
    Object entity = entry.entity();
    for (RelationshipModel relationship : entry.model().relationships()) {
      List<PropertyModel> keys = relationship.foreignKeyProperties();
      if (keys.isEmpty()) {
        continue;
      }
      Object target = relationship.get(entity);
      if (snapshot != null
          && (entry.hasRelated(relationship)
              ? target == entry.relatedObject(relationship)
              : target == null)) {
        for (PropertyModel key : keys) {
          values[key.index()] = snapshot[key.index()];
        }
        continue;
      }
      if (target == null) {
        continue;
      }
      Object pending = pendingKey(target);
      if (pending != null) {
        values[keys.get(0).index()] = pending;
      } else if (values[keys.get(0).index()] == null) {
        throw notInSession(entry.model().name() + "." + relationship.name(), target);
      }
    }
  }

  /** Adds the join-table rows of the entry's owning many-to-many collections that changed. */
  void planLinks(
      EntityEntry entry,
      Map<RelationshipModel, List<@Nullable Object[]>> inserts,
      Map<RelationshipModel, List<@Nullable Object[]>> deletes,
      Map<RelationshipModel, EntityPersister> owners) {
    for (RelationshipModel relationship : entry.model().relationships()) {
      if (relationship.kind() != RelationshipKind.MANY_TO_MANY
          || !relationship.owning()
          || EntityEntry.unloaded(relationship.get(entry.entity()))) {
        continue;
      }
      List<Object> current = EntityEntry.members(relationship.get(entry.entity()));
      List<Object> previous =
          entry.state() == EntityState.PENDING ? List.of() : entry.relatedMembers(relationship);
      Set<Object> before = identitySet(previous);
      Set<Object> now = identitySet(current);
      for (Object member : current) {
        if (before.add(member)) {
          owners.putIfAbsent(relationship, entry.persister());
          inserts
              .computeIfAbsent(relationship, r -> new ArrayList<>())
              .add(row(entry, relationship, member));
        }
      }
      for (Object member : previous) {
        if (!now.contains(member)) {
          owners.putIfAbsent(relationship, entry.persister());
          deletes
              .computeIfAbsent(relationship, r -> new ArrayList<>())
              .add(row(entry, relationship, member));
        }
      }
    }
  }

  private @Nullable Object[] row(EntityEntry owner, RelationshipModel relationship, Object target) {
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
  private @Nullable PendingKey pendingKey(Object target) {
    EntityEntry entry = byObject.isEmpty() ? null : byObject.get(target);
    if (entry == null || entry.state() != EntityState.PENDING) {
      return null;
    }
    PropertyModel generated = entry.persister().generatedId();
    return generated == null ? null : new PendingKey(target, generated.index());
  }

  private static Set<Object> identitySet(List<Object> members) {
    Set<Object> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(members);
    return set;
  }

  private static CairnException notInSession(String where, Object target) {
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
