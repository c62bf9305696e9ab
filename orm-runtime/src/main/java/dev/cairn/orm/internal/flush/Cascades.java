package dev.cairn.orm.internal.flush;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
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
 * children of a deleted object are deleted ({@code DELETE}) or lose their reference. Only pending
 * objects and relationships that changed are looked at, so an unchanged session costs one pass over
 * its states. Children of deleted objects that are not in memory load in one batch query per
 * relationship for all of them.
 */
final class Cascades {

  private final FlushContext context;
  private final Set<InstanceState> touched = identitySet();

  Cascades(FlushContext context) {
    this.context = context;
  }

  /** Adds the objects reachable from {@code roots} through save-update cascades (at add time). */
  void saveUpdate(List<Object> roots) {
    IdentityMap map = context.identityMap();
    Deque<Object> work = new ArrayDeque<>(roots);
    Set<Object> seen = identitySet();
    while (!work.isEmpty()) {
      Object entity = work.pop();
      if (!seen.add(entity)) {
        continue;
      }
      InstanceState state = map.state(entity);
      if (state == null || state.lifecycle() == EntityState.DELETED) {
        continue;
      }
      for (RelationshipModel relationship : state.model().relationships()) {
        Object value = relationship.get(entity);
        if (!relationship.cascades(Cascade.SAVE_UPDATE) || RelatedChange.unloaded(value)) {
          continue;
        }
        for (Object related : RelatedChange.members(value)) {
          if (map.state(related) == null) {
            context.addCascaded(related);
          }
          work.push(related);
        }
      }
    }
  }

  /**
   * Everything that must happen to the object graph before the flush plan is made; returns the
   * states whose relationships it found changed or changed itself (recorded after the flush).
   */
  Set<InstanceState> beforeFlush() {
    touched.clear();
    IdentityMap map = context.identityMap();
    for (int i = 0; i < map.end(); i++) {
      InstanceState state = map.at(i);
      if (state == null
          || !state.live()
          || state.readOnly()
          || state.model().relationships().isEmpty()) {
        continue;
      }
      visit(map, state);
    }
    deleteCascade();
    return touched;
  }

  private void visit(IdentityMap map, InstanceState state) {
    Object entity = state.entity();
    for (RelationshipModel relationship : state.model().relationships()) {
      if (!relationship.kind().isCollection() && relationship.owning()) {
        Object target = relationship.get(entity);
        if (target != null
            && relationship.cascades(Cascade.SAVE_UPDATE)
            && map.state(target) == null) {
          context.addCascaded(target);
          touched.add(state);
        }
        continue;
      }
      RelatedChange change = RelatedChange.of(state, relationship);
      if (change == null) {
        continue;
      }
      touched.add(state);
      if (relationship.cascades(Cascade.SAVE_UPDATE)) {
        for (Object member : change.current()) {
          if (map.state(member) == null) {
            context.addCascaded(member);
          }
        }
      }
      RelationshipModel owning = relationship.inverse();
      if (!relationship.owning() && owning != null) {
        if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
          syncManyToMany(entity, change, owning);
        } else {
          syncInverse(entity, relationship, owning, change);
        }
      }
    }
  }

  /** Members added to an inverse collection refer to its owner; removed ones are let go. */
  private void syncInverse(
      Object owner,
      RelationshipModel relationship,
      RelationshipModel owning,
      RelatedChange change) {
    Set<Object> before = identitySet();
    before.addAll(change.previous());
    Set<Object> now = identitySet();
    now.addAll(change.current());
    IdentityMap map = context.identityMap();
    for (Object member : change.current()) {
      if (!before.contains(member) && owning.get(member) != owner) {
        owning.set(member, owner);
        InstanceState memberState = map.state(member);
        if (memberState != null) {
          touched.add(memberState);
        }
      }
    }
    for (Object member : change.previous()) {
      if (!now.contains(member)) {
        removed(relationship, owning, owner, member);
      }
    }
  }

  /**
   * Changes of the inverse collection of a many-to-many are carried over to the owning collections
   * of the members, which decide the link rows.
   */
  private void syncManyToMany(Object owner, RelatedChange change, RelationshipModel owning) {
    Set<Object> before = identitySet();
    before.addAll(change.previous());
    Set<Object> now = identitySet();
    now.addAll(change.current());
    IdentityMap map = context.identityMap();
    for (Object member : change.current()) {
      if (!before.contains(member)) {
        Collection<Object> collection = collection(owning, member);
        if (!containsSame(collection, owner)) {
          collection.add(owner);
          touch(map, member);
        }
      }
    }
    for (Object member : change.previous()) {
      if (!now.contains(member)) {
        Collection<Object> collection = collection(owning, member);
        if (collection.removeIf(o -> o == owner)) {
          touch(map, member);
        }
      }
    }
  }

  private void touch(IdentityMap map, Object member) {
    InstanceState state = map.state(member);
    if (state != null) {
      touched.add(state);
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
    InstanceState memberState = context.identityMap().state(member);
    Object reference = owning.get(member);
    if (memberState == null || (reference != null && reference != owner)) {
      return;
    }
    if (relationship.cascades(Cascade.DELETE_ORPHAN)) {
      if (memberState.live()) {
        context.deleteCascaded(member);
      }
    } else {
      unlink(owning, memberState);
    }
  }

  /** Clears the owning reference of {@code child}, so its foreign key is written as NULL. */
  private void unlink(RelationshipModel owning, InstanceState child) {
    owning.set(child.entity(), null);
    child.settle(owning.ordinal());
    touched.add(child);
  }

  /**
   * Deletes or unlinks the children of deleted objects, wave by wave: the stored children of all
   * objects deleted in one wave load with one batch statement per relationship (chunked), then the
   * children deleted by cascade form the next wave.
   */
  private void deleteCascade() {
    IdentityMap map = context.identityMap();
    List<InstanceState> wave = new ArrayList<>();
    for (int i = 0; i < map.end(); i++) {
      InstanceState state = map.at(i);
      if (state != null
          && state.lifecycle() == EntityState.DELETED
          && !state.deleteFlushed()
          && !state.model().relationships().isEmpty()) {
        wave.add(state);
      }
    }
    Set<Object> seen = identitySet();
    while (!wave.isEmpty()) {
      List<InstanceState> current = new ArrayList<>();
      for (InstanceState state : wave) {
        if (seen.add(state.entity())) {
          current.add(state);
        }
      }
      Map<RelationshipModel, Map<Object, List<Object>>> stored = storedChildren(current);
      List<InstanceState> next = new ArrayList<>();
      for (InstanceState state : current) {
        for (RelationshipModel relationship : state.model().relationships()) {
          Map<Object, List<Object>> children = stored.getOrDefault(relationship, Map.of());
          for (Object related : related(state, relationship, children)) {
            cascadeDelete(state, relationship, related, next);
          }
        }
      }
      wave = next;
    }
  }

  /** Deletes {@code related} with {@code state}'s object (adding it to {@code next}) or unlinks. */
  private void cascadeDelete(
      InstanceState state,
      RelationshipModel relationship,
      Object related,
      List<InstanceState> next) {
    InstanceState relatedState = context.identityMap().state(related);
    if (relatedState == null) {
      return;
    }
    boolean live = relatedState.live();
    if (relationship.cascades(Cascade.DELETE)) {
      if (live) {
        context.deleteCascaded(related);
        next.add(relatedState);
      }
    } else if (!relationship.owning() && refersBack(relationship) && live) {
      RelationshipModel owning = relationship.inverse();
      Object reference = owning == null ? null : owning.get(related);
      if (owning != null && (reference == null || reference == state.entity())) {
        unlink(owning, relatedState);
      }
    }
  }

  /**
   * The stored children of the stored objects among {@code states}, per inverse relationship and
   * parent: one batch load per relationship for all of them.
   */
  private Map<RelationshipModel, Map<Object, List<Object>>> storedChildren(
      List<InstanceState> states) {
    Map<RelationshipModel, List<Object>> parents = new LinkedHashMap<>();
    Map<RelationshipModel, EntityModel<?>> models = new HashMap<>();
    for (InstanceState state : states) {
      if (state.key() == null) {
        continue;
      }
      for (RelationshipModel relationship : state.model().relationships()) {
        if (!relationship.owning() && refersBack(relationship) && relationship.inverse() != null) {
          parents.computeIfAbsent(relationship, r -> new ArrayList<>()).add(state.entity());
          models.put(relationship, state.model());
        }
      }
    }
    Map<RelationshipModel, Map<Object, List<Object>>> stored = new HashMap<>();
    parents.forEach(
        (relationship, owners) ->
            stored.put(
                relationship,
                context.loading().storedTargets(models.get(relationship), relationship, owners)));
    return stored;
  }

  /**
   * The related objects of a deleted object: in memory, plus its stored children ({@code stored},
   * for an inverse side); a child that now refers to another object is not among them.
   */
  private List<Object> related(
      InstanceState state, RelationshipModel relationship, Map<Object, List<Object>> stored) {
    Object value = relationship.get(state.entity());
    RelationshipModel owning = relationship.inverse();
    if (relationship.owning() || !refersBack(relationship) || owning == null) {
      return RelatedChange.members(value);
    }
    // an unloaded collection is not loaded here: the stored children were loaded in a batch
    List<Object> inMemory =
        RelatedChange.unloaded(value) && state.key() != null
            ? List.of()
            : RelatedChange.members(value);
    List<Object> related = new ArrayList<>();
    Set<Object> known = identitySet();
    List<Object> candidates = new ArrayList<>(inMemory);
    if (state.key() != null) {
      candidates.addAll(children(state, owning, stored.getOrDefault(state.entity(), List.of())));
    }
    for (Object child : candidates) {
      Object reference = owning.get(child);
      if ((reference == null || reference == state.entity()) && known.add(child)) {
        related.add(child);
      }
    }
    return related;
  }

  /**
   * The stored {@code children} of a deleted object, their reference to it filled in when unset.
   */
  private List<Object> children(
      InstanceState state, RelationshipModel owning, List<Object> children) {
    for (Object child : children) {
      InstanceState childState = context.identityMap().state(child);
      if (childState != null
          && owning.get(child) == null
          && !childState.settled(owning.ordinal())) {
        owning.set(child, state.entity());
        childState.settle(owning.ordinal());
      }
    }
    return children;
  }

  private static boolean refersBack(RelationshipModel relationship) {
    return relationship.kind() == RelationshipKind.ONE_TO_MANY
        || relationship.kind() == RelationshipKind.ONE_TO_ONE;
  }

  private static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
