package dev.cairn.orm.internal.flush;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
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
import org.jspecify.annotations.Nullable;

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
  private @Nullable Set<InstanceState> touched;
  private final ChildKeys childKeys = new ChildKeys();

  Cascades(FlushContext context) {
    this.context = context;
  }

  /** Adds the objects reachable from {@code roots} through save-update cascades (at add time). */
  void saveUpdate(List<Object> roots) {
    IdentityMap map = context.identityMap();
    if (roots.size() == 1) {
      InstanceState only = map.state(roots.get(0));
      if (only == null || only.model().relationships().isEmpty()) {
        return; // the common add() of an object without relationships reaches nothing
      }
    }
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
    touched = null;
    childKeys.clear();
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
    new DeleteCascade(context, this).run();
    Set<InstanceState> found = touched;
    return found == null ? Set.of() : found;
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
          mark(state);
        }
        continue;
      }
      RelatedChange change = RelatedChange.of(state, relationship);
      if (change == null) {
        continue;
      }
      mark(state);
      if (relationship.cascades(Cascade.SAVE_UPDATE)) {
        for (Object member : change.current()) {
          if (map.state(member) == null) {
            context.addCascaded(member);
          }
        }
      }
      if (relationship.unidirectional()) {
        syncChildKeys(entity, relationship, change);
        continue;
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
          mark(memberState);
        }
      }
    }
    for (Object member : change.previous()) {
      if (!now.contains(member)) {
        removed(relationship, owning, owner, member);
      }
    }
  }

  /** The foreign keys written for the children of unidirectional collections in this flush. */
  ChildKeys childKeys() {
    return childKeys;
  }

  /**
   * The members of a changed unidirectional collection get {@code owner}'s key; removed ones are
   * deleted ({@code DELETE_ORPHAN}) or get NULL.
   */
  private void syncChildKeys(Object owner, RelationshipModel relationship, RelatedChange change) {
    Set<Object> now = identitySet();
    now.addAll(change.current());
    for (Object member : change.current()) {
      childKeys.member(relationship, owner, member);
    }
    for (Object member : change.previous()) {
      if (now.contains(member)) {
        continue;
      }
      InstanceState memberState = context.identityMap().state(member);
      if (relationship.cascades(Cascade.DELETE_ORPHAN)) {
        if (memberState != null && memberState.live()) {
          context.deleteCascaded(member);
        }
      } else {
        childKeys.removed(relationship, member);
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

  private void mark(InstanceState state) {
    Set<InstanceState> found = touched;
    if (found == null) {
      found = identitySet();
      touched = found;
    }
    found.add(state);
  }

  private void touch(IdentityMap map, Object member) {
    InstanceState state = map.state(member);
    if (state != null) {
      mark(state);
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
  void unlink(RelationshipModel owning, InstanceState child) {
    owning.set(child.entity(), null);
    child.settle(owning.ordinal());
    mark(child);
  }

  static boolean refersBack(RelationshipModel relationship) {
    return relationship.kind() == RelationshipKind.ONE_TO_MANY
        || relationship.kind() == RelationshipKind.ONE_TO_ONE;
  }

  static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
