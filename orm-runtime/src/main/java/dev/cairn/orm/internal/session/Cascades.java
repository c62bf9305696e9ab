package dev.cairn.orm.internal.session;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.internal.flush.EntityEntry;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.RelationshipKind;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relationship work of the unit of work before a flush is planned, with SQLAlchemy's cascade
 * semantics: objects reachable through {@code SAVE_UPDATE} relationships join the session; a member
 * added to an inverse collection gets its owning reference set, a member removed from one is
 * deleted ({@code DELETE_ORPHAN}) or loses its reference (its foreign key becomes NULL); the
 * children of a deleted object are deleted ({@code DELETE}) or lose their reference. Children of
 * deleted objects that are not in memory load in one batch query per relationship for all of them.
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

  /**
   * Deletes or unlinks the children of deleted objects, wave by wave: the stored children of all
   * objects deleted in one wave load with one batch statement per relationship (chunked), then the
   * children deleted by cascade form the next wave.
   */
  private void deleteCascade() {
    List<EntityEntry> wave = new ArrayList<>();
    for (EntityEntry entry : map.entries()) {
      if (entry.state() == EntityState.DELETED && !entry.deleteFlushed()) {
        wave.add(entry);
      }
    }
    Set<Object> seen = identitySet();
    while (!wave.isEmpty()) {
      List<EntityEntry> current = new ArrayList<>();
      for (EntityEntry entry : wave) {
        if (seen.add(entry.entity())) {
          current.add(entry);
        }
      }
      Map<RelationshipModel, Map<Object, List<Object>>> stored = storedChildren(current);
      List<EntityEntry> next = new ArrayList<>();
      for (EntityEntry entry : current) {
        for (RelationshipModel relationship : entry.model().relationships()) {
          Map<Object, List<Object>> children = stored.getOrDefault(relationship, Map.of());
          for (Object related : related(entry, relationship, children)) {
            cascadeDelete(entry, relationship, related, next);
          }
        }
      }
      wave = next;
    }
  }

  /** Deletes {@code related} with {@code entry} (adding it to {@code next}) or unlinks it. */
  private void cascadeDelete(
      EntityEntry entry, RelationshipModel relationship, Object related, List<EntityEntry> next) {
    EntityEntry relatedEntry = map.entry(related);
    if (relatedEntry == null) {
      return;
    }
    EntityState state = relatedEntry.state();
    boolean live = state == EntityState.PERSISTENT || state == EntityState.PENDING;
    if (relationship.cascades(Cascade.DELETE)) {
      if (live) {
        session.delete(related);
        next.add(relatedEntry);
      }
    } else if (!relationship.owning() && refersBack(relationship) && live) {
      RelationshipModel owning = relationship.inverse();
      Object reference = owning == null ? null : owning.get(related);
      if (owning != null && (reference == null || reference == entry.entity())) {
        unlink(owning, relatedEntry, entry.entity());
      }
    }
  }

  /**
   * The stored children of the stored objects among {@code entries}, per inverse relationship and
   * parent: one batch load per relationship for all of them.
   */
  private Map<RelationshipModel, Map<Object, List<Object>>> storedChildren(
      List<EntityEntry> entries) {
    Map<RelationshipModel, List<Object>> parents = new LinkedHashMap<>();
    Map<RelationshipModel, EntityModel<?>> models = new HashMap<>();
    for (EntityEntry entry : entries) {
      if (entry.key() == null) {
        continue;
      }
      for (RelationshipModel relationship : entry.model().relationships()) {
        if (!relationship.owning() && refersBack(relationship) && relationship.inverse() != null) {
          parents.computeIfAbsent(relationship, r -> new ArrayList<>()).add(entry.entity());
          models.put(relationship, entry.model());
        }
      }
    }
    Map<RelationshipModel, Map<Object, List<Object>>> stored = new HashMap<>();
    parents.forEach(
        (relationship, owners) ->
            stored.put(
                relationship,
                session.loader().storedTargets(models.get(relationship), relationship, owners)));
    return stored;
  }

  /**
   * The related objects of a deleted object: in memory, plus its stored children ({@code stored},
   * for an inverse side); a child that now refers to another object is not among them.
   */
  private List<Object> related(
      EntityEntry entry, RelationshipModel relationship, Map<Object, List<Object>> stored) {
    Object value = relationship.get(entry.entity());
    RelationshipModel owning = relationship.inverse();
    if (relationship.owning() || !refersBack(relationship) || owning == null) {
      return EntityEntry.members(value);
    }
    // an unloaded collection is not loaded here: the stored children were loaded in a batch
    List<Object> inMemory =
        EntityEntry.unloaded(value) && entry.key() != null ? List.of() : EntityEntry.members(value);
    List<Object> related = new ArrayList<>();
    Set<Object> known = identitySet();
    List<Object> candidates = new ArrayList<>(inMemory);
    if (entry.key() != null) {
      candidates.addAll(children(entry, owning, stored.getOrDefault(entry.entity(), List.of())));
    }
    for (Object child : candidates) {
      Object reference = owning.get(child);
      if ((reference == null || reference == entry.entity()) && known.add(child)) {
        related.add(child);
      }
    }
    return related;
  }

  /**
   * The stored {@code children} of a deleted object, their reference to it filled in when unset.
   */
  private List<Object> children(
      EntityEntry entry, RelationshipModel owning, List<Object> children) {
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
