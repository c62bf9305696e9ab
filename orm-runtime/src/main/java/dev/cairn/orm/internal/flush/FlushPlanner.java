package dev.cairn.orm.internal.flush;

import dev.cairn.core.CairnException;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.internal.flush.LifecycleCallbacks.Kind;
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
 * Turns the session's entries into the ordered actions of a flush: DELETEs of unreferenced owners
 * of a one-to-one (see {@link #deleteFirst}), INSERTs per entity in the foreign-key order of their
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

  /** A planner ordering entities by {@code rank} (position of their table in FK order). */
  public FlushPlanner(LifecycleCallbacks callbacks, Map<EntityModel<?>, Integer> rank) {
    this.callbacks = callbacks;
    this.rank = Map.copyOf(rank);
    this.deleteFirst = deleteFirst(rank.keySet());
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

  /** The actions for {@code entries} (in session order); empty when nothing changed. */
  public List<FlushAction> plan(Iterable<EntityEntry> entries) {
    Map<EntityPersister, Group> inserts = new LinkedHashMap<>();
    Map<UpdateKey, Group> updates = new LinkedHashMap<>();
    Map<EntityPersister, Group> deletes = new LinkedHashMap<>();
    References references = new References(entries);
    Map<RelationshipModel, List<@Nullable Object[]>> linkInserts = new LinkedHashMap<>();
    Map<RelationshipModel, List<@Nullable Object[]>> linkDeletes = new LinkedHashMap<>();
    Map<RelationshipModel, EntityPersister> linkOwners = new LinkedHashMap<>();
    for (EntityEntry entry : entries) {
      EntityState state = entry.state();
      if (state == EntityState.PENDING || state == EntityState.PERSISTENT) {
        references.planLinks(entry, linkInserts, linkDeletes, linkOwners);
      }
      if (state == EntityState.PENDING) {
        Object[] values = insertValues(entry, references);
        inserts.computeIfAbsent(entry.persister(), p -> new Group()).add(entry, values, null);
      } else if (state == EntityState.PERSISTENT) {
        planUpdate(entry, updates, references);
      } else if (state == EntityState.DELETED && !entry.deleteFlushed()) {
        callbacks.invoke(Kind.PRE_REMOVE, entry.entity());
        Object[] snapshot = entry.snapshot();
        Object[] values = snapshot != null ? snapshot : entry.model().columnValues(entry.entity());
        deletes.computeIfAbsent(entry.persister(), p -> new Group()).add(entry, values, null);
      }
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

  private @Nullable Object[] insertValues(EntityEntry entry, References references) {
    EntityModel<?> model = entry.model();
    callbacks.invoke(Kind.PRE_PERSIST, entry.entity());
    Object[] values = model.columnValues(entry.entity());
    references.foreignKeys(entry, values);
    PropertyModel generated = entry.persister().generatedId();
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

  private void planUpdate(EntityEntry entry, Map<UpdateKey, Group> updates, References references) {
    EntityModel<?> model = entry.model();
    Object entity = entry.entity();
    Object[] snapshot = entry.snapshot();
    Object[] current = model.columnValues(entity);
    references.foreignKeys(entry, current);
    if (snapshot != null && !changed(model, current, snapshot)) {
      return;
    }
    if (callbacks.has(entity.getClass(), Kind.PRE_UPDATE)) {
      callbacks.invoke(Kind.PRE_UPDATE, entity);
      current = model.columnValues(entity);
      references.foreignKeys(entry, current);
    }
    Object[] old = snapshot != null ? snapshot : current;
    BitSet changed = new BitSet();
    for (PropertyModel property : model.columnProperties()) {
      int i = property.index();
      if (property.isId()) {
        if (!ColumnValues.same(current[i], old[i])) {
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
          && (snapshot == null || !ColumnValues.same(current[i], old[i]))) {
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
        .computeIfAbsent(new UpdateKey(entry.persister(), changed), k -> new Group())
        .add(entry, values, old);
  }

  private static boolean changed(EntityModel<?> model, Object[] current, Object[] snapshot) {
    return ColumnValues.changed(model, current, snapshot, true);
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
    final List<EntityEntry> entries = new ArrayList<>();
    final List<@Nullable Object[]> values = new ArrayList<>();
    final List<@Nullable Object[]> oldValues = new ArrayList<>();

    void add(EntityEntry entry, @Nullable Object[] newValues, @Nullable Object @Nullable [] old) {
      entries.add(entry);
      values.add(newValues);
      if (old != null) {
        oldValues.add(old);
      }
    }
  }
}
