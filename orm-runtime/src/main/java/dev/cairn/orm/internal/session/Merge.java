package dev.cairn.orm.internal.session;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.RelationshipCollection;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.internal.flush.FlushPlanner;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code Session.merge}: copies the state of a detached or transient object onto the persistent
 * instance with the same key (loaded, or found in the identity map) or onto a new pending one, and
 * through relationships with the MERGE cascade (on by default) does the same for the objects it
 * refers to. Each object is merged once per call, so bidirectional references and cycles end.
 *
 * <p>First the persistent instances are loaded wave by wave of the detached graph, as loading does:
 * per wave one {@code IN} query per entity for the objects not in the session, and one batch load
 * per relationship for their unloaded collections that the graph holds loaded (which usually brings
 * the next wave into the session). Then the state is copied without a statement, and the new
 * objects join the session last, so no autoflush sees half a graph: a new child is inserted at the
 * next flush with its parent's key in its INSERT.
 */
final class Merge {

  private final DefaultSession session;
  private final Map<Object, Object> merged = new IdentityHashMap<>();
  private final List<Object> added = new ArrayList<>();

  Merge(DefaultSession session) {
    this.session = session;
  }

  /** The persistent (or new pending) copy of {@code entity}. */
  <T> T merge(T entity) {
    if (session.map().state(entity) != null) {
      return entity;
    }
    preload(entity);
    T copy = copy(entity);
    for (Object fresh : added) {
      session.addOne(fresh);
    }
    return copy;
  }

  /** Loads the persistent instances of the detached graph from {@code root}, wave by wave. */
  private void preload(Object root) {
    Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<Object> wave = List.of(root);
    seen.add(root);
    while (!wave.isEmpty()) {
      loadMissing(wave);
      loadCollections(wave);
      List<Object> next = new ArrayList<>();
      for (Object entity : wave) {
        EntityModel<?> model = session.model(entity);
        for (RelationshipModel relationship : model.relationships()) {
          Object value = mergedValue(relationship, entity);
          for (Object related : members(value)) {
            if (session.map().state(related) == null && seen.add(related)) {
              next.add(related);
            }
          }
        }
      }
      wave = next;
    }
  }

  /** One SELECT per entity (and 500 keys) for the keyed objects of {@code wave} not in the map. */
  private void loadMissing(List<Object> wave) {
    Map<EntityModel<?>, List<Object>> missing = new LinkedHashMap<>();
    for (Object entity : wave) {
      EntityModel<?> model = session.model(entity);
      Object key = key(model, entity);
      if (key != null && session.map().find(model, key) == null) {
        missing.computeIfAbsent(model, m -> new ArrayList<>()).add(key);
      }
    }
    missing.forEach(
        (model, keys) ->
            EntityLoader.loadAll(
                session,
                session.settings().persister(model),
                session.settings().readers().of(model),
                keys));
  }

  /**
   * One batch load per relationship for the unloaded collections of the persistent instances of
   * {@code wave} whose detached side holds the collection loaded (merging compares them).
   */
  private void loadCollections(List<Object> wave) {
    Map<RelationshipModel, List<Object>> owners = new LinkedHashMap<>();
    Map<RelationshipModel, EntityModel<?>> models = new LinkedHashMap<>();
    for (Object entity : wave) {
      EntityModel<?> model = session.model(entity);
      Object key = key(model, entity);
      InstanceState attached = key == null ? null : session.map().find(model, key);
      if (attached == null) {
        continue;
      }
      for (RelationshipModel relationship : model.relationships()) {
        if (relationship.collectionType() != null
            && mergedValue(relationship, entity) != null
            && unloaded(relationship, attached)) {
          owners.computeIfAbsent(relationship, r -> new ArrayList<>()).add(attached.entity());
          models.put(relationship, model);
        }
      }
    }
    owners.forEach(
        (relationship, list) ->
            session.loading().loadCollections(models.get(relationship), relationship, list));
  }

  private static boolean unloaded(RelationshipModel relationship, InstanceState attached) {
    if (relationship.fillsInPlace()) {
      return attached.relatedAt(relationship.ordinal()) == InstanceState.UNKNOWN;
    }
    return relationship.get(attached.entity()) instanceof RelationshipCollection collection
        && !collection.isLoaded();
  }

  /** The copy of {@code entity}: the persistent instance with its state, or a new one. */
  private <T> T copy(T entity) {
    if (session.map().state(entity) != null) {
      return entity;
    }
    Object done = merged.get(entity);
    if (done != null) {
      @SuppressWarnings("unchecked")
      T copy = (T) done;
      return copy;
    }
    @SuppressWarnings("unchecked")
    EntityModel<T> model = (EntityModel<T>) session.model(entity);
    Object[] values = model.columnValues(entity);
    Object key = key(model, entity);
    InstanceState found = key == null ? null : session.map().find(model, key);
    T target =
        found == null || found.lifecycle() == EntityState.DELETED
            ? null
            : model.javaType().cast(found.entity());
    if (target == null) {
      target = model.instantiate(values);
      merged.put(entity, target);
      relationships(model, entity, target);
      added.add(target);
      return target;
    }
    merged.put(entity, target);
    Object[] copied = model.columnValues(target);
    for (PropertyModel property : model.columnProperties()) {
      if (!property.isId()
          && !property.isVersion()
          && !property.isForeignKey()
          && !property.isCollectionKey()) {
        copied[property.index()] = values[property.index()];
      }
    }
    model.fill(target, copied);
    relationships(model, entity, target);
    return target;
  }

  /**
   * Merges the related objects of {@code source} into {@code target}'s relationships; unloaded
   * collections of a detached object are left alone: their rows are unchanged.
   */
  private void relationships(EntityModel<?> model, Object source, Object target) {
    for (RelationshipModel relationship : model.relationships()) {
      if (!relationship.cascades(Cascade.MERGE)) {
        continue;
      }
      Object value = relationship.get(source);
      if (relationship.collectionType() == null) {
        relationship.set(target, value == null ? null : copy(value));
        continue;
      }
      if (mergedValue(relationship, source) == null) {
        continue;
      }
      List<Object> elements = new ArrayList<>();
      for (Object element : (Collection<?>) value) {
        elements.add(copy(element));
      }
      @SuppressWarnings("unchecked")
      Collection<Object> current = (Collection<Object>) relationship.get(target);
      if (current == null || current == value) {
        Collection<Object> fresh =
            Set.class.isAssignableFrom(relationship.collectionType())
                ? new LinkedHashSet<>(elements)
                : new ArrayList<>(elements);
        relationship.set(target, fresh);
      } else {
        current.retainAll(elements);
        for (Object element : elements) {
          if (!current.contains(element)) {
            current.add(element);
          }
        }
      }
    }
  }

  /**
   * The value of {@code relationship} in the detached {@code entity} that merging follows: null
   * without the MERGE cascade, or for an empty reference or an unloaded collection.
   */
  private static @Nullable Object mergedValue(RelationshipModel relationship, Object entity) {
    if (!relationship.cascades(Cascade.MERGE)) {
      return null;
    }
    Object value = relationship.get(entity);
    if (value instanceof RelationshipCollection collection && !collection.isLoaded()) {
      return null;
    }
    return value;
  }

  private static List<?> members(@Nullable Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof Collection<?> collection ? new ArrayList<>(collection) : List.of(value);
  }

  /** The key of {@code entity}, or null while it has none (a new object). */
  private static @Nullable Object key(EntityModel<?> model, Object entity) {
    Object key = model.identifier(entity);
    return key == null || FlushPlanner.isUnset(key) ? null : key;
  }
}
