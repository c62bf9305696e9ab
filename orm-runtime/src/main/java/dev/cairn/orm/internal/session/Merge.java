package dev.cairn.orm.internal.session;

import dev.cairn.orm.RelationshipCollection;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.internal.flush.FlushPlanner;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Session.merge}: copies the state of a detached or transient object onto the persistent
 * instance with the same key (loaded, or found in the identity map) or onto a new pending one, and
 * through relationships with the MERGE cascade (on by default) does the same for the objects it
 * refers to. Each object is merged once per call, so bidirectional references and cycles end.
 */
final class Merge {

  private final DefaultSession session;
  private final Map<Object, Object> merged = new IdentityHashMap<>();

  Merge(DefaultSession session) {
    this.session = session;
  }

  /** The persistent (or new pending) copy of {@code entity}. */
  <T> T merge(T entity) {
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
    Object key = model.identifier(entity);
    T target = key == null || FlushPlanner.isUnset(key) ? null : session.get(model.javaType(), key);
    if (target == null) {
      target = model.instantiate(values);
      merged.put(entity, target);
      relationships(model, entity, target);
      session.addOne(target);
      return target;
    }
    merged.put(entity, target);
    Object[] copied = model.columnValues(target);
    for (PropertyModel property : model.columnProperties()) {
      if (!property.isId() && !property.isVersion() && !property.isForeignKey()) {
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
        relationship.set(target, value == null ? null : merge(value));
        continue;
      }
      if (value == null
          || (value instanceof RelationshipCollection collection && !collection.isLoaded())) {
        continue;
      }
      List<Object> elements = new ArrayList<>();
      for (Object element : (Collection<?>) value) {
        elements.add(merge(element));
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
}
