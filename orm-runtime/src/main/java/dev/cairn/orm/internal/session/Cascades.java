package dev.cairn.orm.internal.session;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.Query;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.internal.flush.EntityEntry;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipKind;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The relationship work of the unit of work before a flush is planned, with SQLAlchemy's cascade
 * semantics: objects reachable through {@code SAVE_UPDATE} relationships join the session; a member
 * added to an inverse collection gets its owning reference set, a member removed from one is
 * deleted ({@code DELETE_ORPHAN}) or loses its reference (its foreign key becomes NULL); the
 * children of a deleted object are deleted ({@code DELETE}) or lose their reference. Children of a
 * deleted object that are not in memory are loaded with one query per relationship and object.
 */
final class Cascades {

  private final DefaultSession session;
  private final IdentityMap map;

  Cascades(DefaultSession session, IdentityMap map) {
    this.session = session;
    this.map = map;
  }

  /** Adds the objects reachable from {@code roots} through save-update cascades. */
  void saveUpdate(List<Object> roots) {
    Deque<Object> work = new ArrayDeque<>(roots);
    Set<Object> seen = identitySet();
    while (!work.isEmpty()) {
      Object entity = work.pop();
      if (!seen.add(entity)) {
        continue;
      }
      EntityEntry entry = map.entry(entity);
      if (entry == null || entry.state() == EntityState.DELETED) {
        continue;
      }
      for (RelationshipModel relationship : entry.model().relationships()) {
        if (!relationship.cascades(Cascade.SAVE_UPDATE)
            || EntityEntry.unloaded(relationship.get(entity))) {
          continue;
        }
        for (Object related : EntityEntry.members(relationship.get(entity))) {
          if (map.entry(related) == null) {
            session.addCascaded(related);
          }
          work.push(related);
        }
      }
    }
  }

  /** Everything that must happen to the object graph before the flush plan is made. */
  void beforeFlush() {
    saveUpdate(live());
    for (EntityEntry entry : map.entries()) {
      if (entry.state() == EntityState.PENDING || entry.state() == EntityState.PERSISTENT) {
        syncInverseSides(entry);
      }
    }
    deleteCascade();
  }

  /** The pending and persistent entities that have relationships to cascade along. */
  private List<Object> live() {
    List<Object> live = new ArrayList<>();
    for (EntityEntry entry : map.entries()) {
      if ((entry.state() == EntityState.PENDING || entry.state() == EntityState.PERSISTENT)
          && !entry.model().relationships().isEmpty()) {
        live.add(entry.entity());
      }
    }
    return live;
  }

  private void syncInverseSides(EntityEntry entry) {
    Object owner = entry.entity();
    for (RelationshipModel relationship : entry.model().relationships()) {
      RelationshipModel owning = relationship.inverse();
      if (relationship.owning()
          || owning == null
          || EntityEntry.unloaded(relationship.get(owner))) {
        continue;
      }
      if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
        syncManyToMany(entry, relationship, owning);
        continue;
      }
      List<Object> current = EntityEntry.members(relationship.get(owner));
      List<Object> previous =
          entry.state() == EntityState.PENDING ? List.of() : entry.relatedMembers(relationship);
      Set<Object> before = identitySet();
      before.addAll(previous);
      Set<Object> now = identitySet();
      now.addAll(current);
      for (Object member : current) {
        if (!before.contains(member) && owning.get(member) != owner) {
          owning.set(member, owner);
        }
      }
      for (Object member : previous) {
        if (!now.contains(member)) {
          removed(relationship, owning, owner, member);
        }
      }
    }
  }

  /**
   * Changes of the inverse collection of a many-to-many are carried over to the owning collections
   * of the members, which decide the link rows.
   */
  private static void syncManyToMany(
      EntityEntry entry, RelationshipModel inverse, RelationshipModel owning) {
    Object owner = entry.entity();
    List<Object> current = EntityEntry.members(inverse.get(owner));
    List<Object> previous =
        entry.state() == EntityState.PENDING ? List.of() : entry.relatedMembers(inverse);
    Set<Object> before = identitySet();
    before.addAll(previous);
    Set<Object> now = identitySet();
    now.addAll(current);
    for (Object member : current) {
      if (!before.contains(member)) {
        Collection<Object> collection = collection(owning, member);
        if (!containsSame(collection, owner)) {
          collection.add(owner);
        }
      }
    }
    for (Object member : previous) {
      if (!now.contains(member)) {
        Collection<Object> collection = collection(owning, member);
        collection.removeIf(o -> o == owner);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Collection<Object> collection(RelationshipModel relationship, Object entity) {
    Object value = relationship.get(entity);
    if (value == null) {
      value = relationship.collectionType() == Set.class ? new HashSet<>() : new ArrayList<>();
      relationship.set(entity, value);
    }
    return (Collection<Object>) value;
  }

  private static boolean containsSame(Collection<Object> collection, Object object) {
    for (Object member : collection) {
      if (member == object) {
        return true;
      }
    }
    return false;
  }

  /** A member left {@code owner}'s inverse collection: delete it as an orphan or unlink it. */
  private void removed(
      RelationshipModel relationship, RelationshipModel owning, Object owner, Object member) {
    EntityEntry memberEntry = map.entry(member);
    Object reference = owning.get(member);
    if (memberEntry == null || (reference != null && reference != owner)) {
      return;
    }
    if (relationship.cascades(Cascade.DELETE_ORPHAN)) {
      if (memberEntry.state() == EntityState.PENDING
          || memberEntry.state() == EntityState.PERSISTENT) {
        session.delete(member);
      }
    } else {
      unlink(owning, memberEntry, owner);
    }
  }

  /** Clears the owning reference of {@code child} to {@code owner}, so its foreign key is NULL. */
  private static void unlink(RelationshipModel owning, EntityEntry child, Object owner) {
    if (owning.get(child.entity()) == null && child.state() == EntityState.PERSISTENT) {
      child.relatedLoaded(owning, owner);
    }
    owning.set(child.entity(), null);
  }

  private void deleteCascade() {
    Deque<EntityEntry> work = new ArrayDeque<>();
    for (EntityEntry entry : map.entries()) {
      if (entry.state() == EntityState.DELETED && !entry.deleteFlushed()) {
        work.add(entry);
      }
    }
    Set<Object> seen = identitySet();
    while (!work.isEmpty()) {
      EntityEntry entry = work.pop();
      if (!seen.add(entry.entity())) {
        continue;
      }
      for (RelationshipModel relationship : entry.model().relationships()) {
        for (Object related : related(entry, relationship)) {
          EntityEntry relatedEntry = map.entry(related);
          if (relatedEntry == null) {
            continue;
          }
          EntityState state = relatedEntry.state();
          if (relationship.cascades(Cascade.DELETE)) {
            if (state == EntityState.PERSISTENT || state == EntityState.PENDING) {
              session.delete(related);
              work.add(relatedEntry);
            }
          } else if (!relationship.owning()
              && refersBack(relationship)
              && (state == EntityState.PERSISTENT || state == EntityState.PENDING)) {
            RelationshipModel owning = relationship.inverse();
            Object reference = owning == null ? null : owning.get(related);
            if (owning != null && (reference == null || reference == entry.entity())) {
              unlink(owning, relatedEntry, entry.entity());
            }
          }
        }
      }
    }
  }

  /**
   * The related objects of a deleted object: in memory, plus the stored children of an inverse
   * side; a child that now refers to another object is not among them.
   */
  private List<Object> related(EntityEntry entry, RelationshipModel relationship) {
    Object value = relationship.get(entry.entity());
    RelationshipModel owning = relationship.inverse();
    if (relationship.owning() || !refersBack(relationship) || owning == null) {
      return EntityEntry.members(value);
    }
    // an unloaded collection is not loaded here: the stored children are queried below
    List<Object> inMemory =
        EntityEntry.unloaded(value) && entry.key() != null ? List.of() : EntityEntry.members(value);
    List<Object> related = new ArrayList<>();
    Set<Object> known = identitySet();
    List<Object> candidates = new ArrayList<>(inMemory);
    if (entry.key() != null) {
      candidates.addAll(children(entry, relationship, owning));
    }
    for (Object child : candidates) {
      Object reference = owning.get(child);
      if ((reference == null || reference == entry.entity()) && known.add(child)) {
        related.add(child);
      }
    }
    return related;
  }

  /** The stored children of a deleted object, their reference to it filled in when unloaded. */
  private List<?> children(
      EntityEntry entry, RelationshipModel relationship, RelationshipModel owning) {
    EntityModel<?> parent = entry.model();
    Query<?> query = session.query(relationship.targetType());
    List<PropertyModel> keys = owning.foreignKeyProperties();
    for (int i = 0; i < keys.size(); i++) {
      query = query.filterBy(keys.get(i).name(), parent.idProperties().get(i).get(entry.entity()));
    }
    List<?> children = query.all();
    for (Object child : children) {
      EntityEntry childEntry = map.entry(child);
      if (childEntry != null
          && owning.get(child) == null
          && childEntry.relatedObject(owning) == null) {
        owning.set(child, entry.entity());
        childEntry.relatedLoaded(owning, entry.entity());
      }
    }
    return children;
  }

  private static boolean refersBack(RelationshipModel relationship) {
    return relationship.kind() == RelationshipKind.ONE_TO_MANY
        || relationship.kind() == RelationshipKind.ONE_TO_ONE;
  }

  private static Set<Object> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
