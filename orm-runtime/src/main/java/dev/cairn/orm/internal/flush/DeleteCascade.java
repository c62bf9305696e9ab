package dev.cairn.orm.internal.flush;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.internal.loading.OrmCollection;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The delete cascade of one flush: the children of deleted objects are deleted ({@code DELETE}) or
 * lose their reference — a unidirectional collection's children their foreign key ({@link
 * ChildKeys}) — wave by wave; the stored children of the objects of one wave load with one batch
 * statement per relationship, whatever their inverse collections hold in memory (a loaded
 * unidirectional collection knows its stored children).
 */
final class DeleteCascade {

  private final FlushContext context;
  private final Cascades cascades;

  DeleteCascade(FlushContext context, Cascades cascades) {
    this.context = context;
    this.cascades = cascades;
  }

  /**
   * Deletes or unlinks the children of deleted objects, wave by wave: the stored children of all
   * objects deleted in one wave load with one batch statement per relationship (chunked), then the
   * children deleted by cascade form the next wave.
   */
  void run() {
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
    if (wave.isEmpty()) {
      return;
    }
    Set<Object> seen = Cascades.identitySet();
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
    } else if (relationship.unidirectional() && live) {
      cascades.childKeys().removed(relationship, related);
    } else if (!relationship.owning() && Cascades.refersBack(relationship) && live) {
      RelationshipModel owning = relationship.inverse();
      Object reference = owning == null ? null : owning.get(related);
      if (owning != null && (reference == null || reference == state.entity())) {
        cascades.unlink(owning, relatedState);
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
        if (storesChildren(relationship)
            && !(relationship.unidirectional() && inMemory(state, relationship) != null)) {
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
    if (relationship.unidirectional()) {
      return unidirectionalChildren(
          state, relationship, value, stored.getOrDefault(state.entity(), List.of()));
    }
    RelationshipModel owning = relationship.inverse();
    if (relationship.owning() || !Cascades.refersBack(relationship) || owning == null) {
      return RelatedChange.members(value);
    }
    // an unloaded collection is not loaded here: the stored children were loaded in a batch
    List<Object> inMemory =
        RelatedChange.unloaded(value) && state.key() != null
            ? List.of()
            : RelatedChange.members(value);
    List<Object> related = new ArrayList<>();
    Set<Object> known = Cascades.identitySet();
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

  /**
   * The children of a deleted object in a unidirectional collection: those in memory and those it
   * held when loaded (when the collection is loaded), else the stored ones, each once.
   */
  private static List<Object> unidirectionalChildren(
      InstanceState state,
      RelationshipModel relationship,
      @Nullable Object value,
      List<Object> stored) {
    List<Object> children = new ArrayList<>();
    Set<Object> known = Cascades.identitySet();
    List<Object> before = inMemory(state, relationship);
    List<Object> candidates = new ArrayList<>();
    if (!RelatedChange.unloaded(value) || state.key() == null) {
      candidates.addAll(RelatedChange.members(value));
    }
    candidates.addAll(before == null ? List.of() : before);
    candidates.addAll(stored);
    for (Object child : candidates) {
      if (known.add(child)) {
        children.add(child);
      }
    }
    return children;
  }

  /**
   * What a unidirectional collection of {@code state}'s object held at its last load or flush (its
   * stored children), or null when it was never loaded.
   */
  private static @Nullable List<Object> inMemory(
      InstanceState state, RelationshipModel relationship) {
    Object value = relationship.get(state.entity());
    if (value instanceof OrmCollection collection) {
      return collection.isLoaded() ? collection.snapshot() : null;
    }
    Object recorded = state.relatedAt(relationship.ordinal());
    return recorded instanceof Object[] members ? Arrays.asList(members) : null;
  }

  /** Whether a deleted object's stored children of {@code relationship} are loaded to follow it. */
  private static boolean storesChildren(RelationshipModel relationship) {
    return relationship.unidirectional()
        || (!relationship.owning()
            && Cascades.refersBack(relationship)
            && relationship.inverse() != null);
  }
}
