package dev.cairn.orm.internal.flush;

import dev.cairn.core.CairnException;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.internal.state.LifecycleCallbacks;
import dev.cairn.orm.internal.state.LifecycleCallbacks.Kind;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipKind;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the session's states into the ordered actions of a flush: DELETEs of unreferenced owners of
 * a one-to-one (see {@link #deleteFirst}), INSERTs per entity in the foreign-key order of their
 * tables, then UPDATEs (one action per entity and changed-column set), then the join-table rows
 * many-to-many collections lost and gained, then DELETEs in reverse table order. Foreign-key values
 * come from the referenced objects ({@link References}). Runs the pre-persist, pre-update and
 * pre-remove callbacks; changes nothing else (the session applies the outcome once the executor
 * succeeded).
 */
public final class FlushPlanner {

  private final LifecycleCallbacks callbacks;
  private final Map<EntityModel<?>, Integer> rank;
  private final Set<EntityModel<?>> deleteFirst;
  private final EntityPersister[] persisters;

  /**
   * A planner ordering entities by {@code rank} (position of their table in FK order), with the
   * statements of each entity in {@code persisters} (indexed by entity index).
   */
  public FlushPlanner(
      LifecycleCallbacks callbacks,
      Map<EntityModel<?>, Integer> rank,
      EntityPersister[] persisters) {
    this.callbacks = callbacks;
    this.rank = Map.copyOf(rank);
    this.deleteFirst = deleteFirst(rank.keySet());
    this.persisters = persisters.clone();
  }

  /** The statements of {@code model}. */
  public EntityPersister persister(EntityModel<?> model) {
    return persisters[model.index()];
  }

  /**
   * The entities whose rows are deleted before any insert (as Hibernate runs orphan removals
   * first): those owning a one-to-one, whose foreign key is UNIQUE, so that replacing the related
   * row inserts the new one after the old one is gone — when no entity refers to them, so that
   * deleting them early cannot break a foreign key.
   */
  private static Set<EntityModel<?>> deleteFirst(Set<EntityModel<?>> models) {
    Set<EntityModel<?>> referenced = new HashSet<>();
    Set<EntityModel<?>> uniqueOwners = new HashSet<>();
    for (EntityModel<?> model : models) {
      for (RelationshipModel relationship : model.relationships()) {
        if (relationship.owning() && !relationship.kind().isCollection()) {
          referenced.add(relationship.target());
          if (relationship.kind() == RelationshipKind.ONE_TO_ONE) {
            uniqueOwners.add(model);
          }
        }
      }
    }
    uniqueOwners.removeAll(referenced);
    return Set.copyOf(uniqueOwners);
  }

  /**
   * The actions for the states of {@code map} (in session order); empty when nothing changed.
   * Pending objects are inserted, persistent ones that differ from their snapshot updated, deleted
   * ones deleted; read-only objects are skipped.
   */
  public List<FlushAction> plan(IdentityMap map) {
    return plan(map, new ChildKeys());
  }

  /**
   * {@link #plan(IdentityMap)} with the foreign keys of unidirectional collections {@code
   * childKeys} found by the cascades.
   */
  List<FlushAction> plan(IdentityMap map, ChildKeys childKeys) {
    Map<EntityPersister, Group> inserts = new LinkedHashMap<>();
    Map<UpdateKey, Group> updates = new LinkedHashMap<>();
    Map<EntityPersister, Group> deletes = new LinkedHashMap<>();
    References references = new References(map);
    Map<RelationshipModel, List<@Nullable Object[]>> linkInserts = new LinkedHashMap<>();
    Map<RelationshipModel, List<@Nullable Object[]>> linkDeletes = new LinkedHashMap<>();
    Map<RelationshipModel, EntityPersister> linkOwners = new LinkedHashMap<>();
    for (int i = 0; i < map.end(); i++) {
      InstanceState state = map.at(i);
      if (state == null || state.readOnly()) {
        continue;
      }
      EntityState lifecycle = state.lifecycle();
      EntityPersister persister = persister(state.model());
      if (lifecycle == EntityState.PENDING || lifecycle == EntityState.PERSISTENT) {
        if (persister.hasOwningManyToMany()) {
          references.planLinks(state, linkInserts, linkDeletes, linkOwners, persister);
        }
      }
      if (lifecycle == EntityState.PENDING) {
        Object[] values = insertValues(state, persister, references);
        childKeys.write(state, values, references);
        inserts.computeIfAbsent(persister, p -> new Group()).add(state, values, null);
      } else if (lifecycle == EntityState.PERSISTENT) {
        if (DirtyCheck.changed(state, persister) || childKeys.assigns(state)) {
          planUpdate(state, persister, updates, references, childKeys);
        }
      } else if (lifecycle == EntityState.DELETED && !state.deleteFlushed()) {
        callbacks.invoke(Kind.PRE_REMOVE, state.entity());
        Object[] loaded = state.loaded();
        Object[] values = loaded != null ? loaded : state.model().columnValues(state.entity());
        deletes.computeIfAbsent(persister, p -> new Group()).add(state, values, null);
      }
    }
    if (inserts.isEmpty()
        && updates.isEmpty()
        && deletes.isEmpty()
        && linkInserts.isEmpty()
        && linkDeletes.isEmpty()) {
      return List.of();
    }
    List<FlushAction> actions = new ArrayList<>();
    Comparator<EntityPersister> byRank = Comparator.comparingInt(p -> rank(p.model()));
    deletes.entrySet().stream()
        .filter(e -> deleteFirst.contains(e.getKey().model()))
        .sorted(Map.Entry.comparingByKey(byRank.reversed()))
        .forEach(
            e ->
                actions.add(
                    new FlushAction.Delete(e.getKey(), e.getValue().entries, e.getValue().values)));
    inserts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(byRank))
        .forEach(
            e ->
                actions.add(
                    new FlushAction.Insert(e.getKey(), e.getValue().entries, e.getValue().values)));
    updates.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(UpdateKey::persister, byRank)))
        .forEach(
            e ->
                actions.add(
                    new FlushAction.Update(
                        e.getKey().persister(),
                        e.getKey().changed(),
                        e.getValue().entries,
                        e.getValue().values,
                        e.getValue().oldValues)));
    linkDeletes.forEach(
        (relationship, rows) ->
            actions.add(
                new FlushAction.Links(linkOwners.get(relationship), relationship, false, rows)));
    linkInserts.forEach(
        (relationship, rows) ->
            actions.add(
                new FlushAction.Links(linkOwners.get(relationship), relationship, true, rows)));
    deletes.entrySet().stream()
        .filter(e -> !deleteFirst.contains(e.getKey().model()))
        .sorted(Map.Entry.comparingByKey(byRank.reversed()))
        .forEach(
            e ->
                actions.add(
                    new FlushAction.Delete(e.getKey(), e.getValue().entries, e.getValue().values)));
    return actions;
  }

  private int rank(EntityModel<?> model) {
    return rank.getOrDefault(model, Integer.MAX_VALUE);
  }

  private @Nullable Object[] insertValues(
      InstanceState state, EntityPersister persister, References references) {
    EntityModel<?> model = state.model();
    callbacks.invoke(Kind.PRE_PERSIST, state.entity());
    Object[] values = model.columnValues(state.entity());
    references.foreignKeys(state, values);
    PropertyModel generated = persister.generatedId();
    for (PropertyModel id : model.idProperties()) {
      if (id != generated && values[id.index()] == null) {
        throw new CairnException(
            "Cannot insert "
                + model.name()
                + ": its key property '"
                + id.name()
                + "' is null; set it before flushing or annotate it with @GeneratedValue");
      }
    }
    if (generated != null) {
      values[generated.index()] = null;
    }
    PropertyModel version = model.versionProperty();
    if (version != null && isUnset(values[version.index()])) {
      values[version.index()] = version.toColumnValue(model.nextVersion(null));
    }
    return values;
  }

  private void planUpdate(
      InstanceState state,
      EntityPersister persister,
      Map<UpdateKey, Group> updates,
      References references,
      ChildKeys childKeys) {
    EntityModel<?> model = state.model();
    Object entity = state.entity();
    Object[] snapshot = state.loaded();
    Object[] current = model.columnValues(entity);
    references.foreignKeys(state, current);
    childKeys.write(state, current, references);
    if (snapshot != null && !changed(model, current, snapshot)) {
      return;
    }
    if (callbacks.has(entity.getClass(), Kind.PRE_UPDATE)) {
      callbacks.invoke(Kind.PRE_UPDATE, entity);
      current = model.columnValues(entity);
      references.foreignKeys(state, current);
      childKeys.write(state, current, references);
    }
    Object[] old = snapshot != null ? snapshot : current;
    BitSet changed = new BitSet();
    for (PropertyModel property : model.columnProperties()) {
      int i = property.index();
      if (property.isId()) {
        if (!DirtyCheck.same(current[i], old[i])) {
          throw new CairnException(
              "The key property '"
                  + property.name()
                  + "' of "
                  + model.name()
                  + " changed from "
                  + old[i]
                  + " to "
                  + current[i]
                  + "; keys cannot be updated: delete the object and add a new one");
        }
      } else if (!property.isVersion()
          && property.updatable()
          && (snapshot == null || !DirtyCheck.same(current[i], old[i]))) {
        changed.set(i);
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    Object[] values = current.clone();
    PropertyModel version = model.versionProperty();
    if (version != null) {
      Object oldVersion = old[version.index()];
      values[version.index()] =
          version.toColumnValue(model.nextVersion(version.toAttributeValue(oldVersion)));
    }
    updates
        .computeIfAbsent(new UpdateKey(persister, changed), k -> new Group())
        .add(state, values, old);
  }

  private static boolean changed(EntityModel<?> model, Object[] current, Object[] snapshot) {
    for (PropertyModel property : model.propertyArray()) {
      int i = property.index();
      if (!property.isVersion() && !DirtyCheck.same(current[i], snapshot[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a version or generated key value means "not set yet" (null, or 0 of a primitive). */
  public static boolean isUnset(@Nullable Object value) {
    return value == null
        || (value instanceof Number n
            && n.longValue() == 0
            && !(value instanceof java.math.BigDecimal));
  }

  private record UpdateKey(EntityPersister persister, BitSet changed) {}

  private static final class Group {
    final List<InstanceState> entries = new ArrayList<>();
    final List<@Nullable Object[]> values = new ArrayList<>();
    final List<@Nullable Object[]> oldValues = new ArrayList<>();

    void add(InstanceState state, @Nullable Object[] newValues, @Nullable Object @Nullable [] old) {
      entries.add(state);
      values.add(newValues);
      if (old != null) {
        oldValues.add(old);
      }
    }
  }
}
