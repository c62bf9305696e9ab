package dev.cairn.orm.internal.flush;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.internal.loading.OrmCollection;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a collection or an inverse reference of one object changed since its last load or flush: the
 * members it had and the members it has. Found without reading unloaded collections: an ORM
 * collection that was not touched is unchanged at no cost.
 *
 * @param previous the members as of the last load or flush (none for a pending object)
 * @param current the members now
 */
record RelatedChange(List<Object> previous, List<Object> current) {

  /**
   * The change of {@code relationship} (a collection or an inverse reference) of {@code state}, or
   * null when it did not change or is not loaded.
   */
  static @Nullable RelatedChange of(InstanceState state, RelationshipModel relationship) {
    Object entity = state.entity();
    Object value = relationship.get(entity);
    boolean pending = state.lifecycle() == EntityState.PENDING;
    Object recorded = pending ? InstanceState.UNKNOWN : state.relatedAt(relationship.ordinal());
    if (!relationship.kind().isCollection()) {
      Object before = recorded == InstanceState.UNKNOWN ? null : recorded;
      return value == before ? null : new RelatedChange(members(before), members(value));
    }
    if (value instanceof OrmCollection collection && collection.owner() == entity) {
      if (!collection.isLoaded()) {
        return null;
      }
      if (pending || recorded != collection) {
        return changed(previous(recorded), members(collection.current()));
      }
      return collection.modified()
          ? new RelatedChange(collection.snapshot(), members(collection.current()))
          : null;
    }
    return changed(previous(recorded), members(value));
  }

  /** What {@code recorded} (a collection or a member array, see InstanceState) held. */
  private static List<Object> previous(@Nullable Object recorded) {
    if (recorded instanceof OrmCollection old) {
      return old.snapshot();
    }
    if (recorded instanceof Object[] array) {
      return Arrays.asList(array);
    }
    return List.of();
  }

  private static @Nullable RelatedChange changed(List<Object> previous, List<Object> current) {
    if (previous.size() == current.size()) {
      Set<Object> before = Collections.newSetFromMap(new IdentityHashMap<>());
      before.addAll(previous);
      boolean same = true;
      for (Object member : current) {
        if (!before.contains(member)) {
          same = false;
          break;
        }
      }
      if (same) {
        return null;
      }
    }
    return new RelatedChange(previous, current);
  }

  /** The members of a relationship value: the collection's elements, or the one object. */
  static List<Object> members(@Nullable Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      List<Object> out = new ArrayList<>(collection.size());
      for (Object member : collection) {
        if (member != null) {
          out.add(member);
        }
      }
      return out;
    }
    return List.of(value);
  }

  /** Whether {@code value} is an ORM collection not loaded yet (so unchanged, and not to read). */
  static boolean unloaded(@Nullable Object value) {
    return value instanceof OrmCollection collection && !collection.isLoaded();
  }

  /**
   * What to record for {@code relationship} of a flushed object: the ORM collection itself (whose
   * changes then start from now), a copy of a plain collection's members, or the referenced object.
   */
  static @Nullable Object record(Object entity, RelationshipModel relationship) {
    Object value = relationship.get(entity);
    if (value instanceof OrmCollection collection) {
      if (collection.isLoaded()) {
        collection.flushed();
      }
      return collection;
    }
    if (value instanceof Collection<?> collection) {
      return members(collection).toArray();
    }
    return value;
  }
}
