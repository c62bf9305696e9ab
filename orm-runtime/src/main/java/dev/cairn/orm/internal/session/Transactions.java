package dev.cairn.orm.internal.session;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.internal.SessionContext.BulkChange;
import dev.cairn.orm.internal.flush.ColumnValues;
import dev.cairn.orm.internal.flush.EntityEntry;
import dev.cairn.orm.internal.flush.EntityPersister;
import dev.cairn.orm.internal.flush.FlushAction;
import dev.cairn.orm.internal.flush.LifecycleCallbacks.Kind;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The session's bookkeeping at the ends of a flush and of a transaction: applying a successful
 * flush to objects and entries, committing snapshots, and undoing the transaction after a rollback
 * (see {@link DefaultSession}).
 */
final class Transactions {

  private final DefaultSession session;
  private final IdentityMap map;

  Transactions(DefaultSession session, IdentityMap map) {
    this.session = session;
    this.map = map;
  }

  /** Writes generated keys and versions into the objects and takes new snapshots. */
  void applyFlush(List<FlushAction> actions) {
    for (FlushAction action : actions) {
      EntityModel<?> model = action.persister().model();
      PropertyModel version = model.versionProperty();
      PropertyModel generated = action.persister().generatedId();
      for (int j = 0; j < action.entries().size(); j++) {
        EntityEntry entry = action.entries().get(j);
        Object[] values = action.values().get(j);
        Object entity = entry.entity();
        if (action instanceof FlushAction.Insert) {
          Object[] before = {
            generated == null ? null : generated.get(entity),
            version == null ? null : version.get(entity)
          };
          if (generated != null) {
            generated.set(entity, generated.toAttributeValue(values[generated.index()]));
          }
          setVersion(version, entity, values);
          entry.inserted(before);
          entry.key(model.identifier(entity));
          entry.state(EntityState.PERSISTENT);
          entry.snapshot(values);
          map.index(entry);
        } else if (action instanceof FlushAction.Update) {
          setVersion(version, entity, values);
          entry.snapshot(values);
        } else if (action instanceof FlushAction.Delete) {
          entry.deleteFlushed(true);
        }
      }
    }
  }

  private static void setVersion(
      @Nullable PropertyModel version, Object entity, @Nullable Object[] values) {
    if (version != null) {
      version.set(entity, version.toAttributeValue(values[version.index()]));
    }
  }

  /** After a flush: every object's relationships as they are now become their snapshot. */
  void captureRelated() {
    for (EntityEntry entry : map.entries()) {
      if (entry.state() == EntityState.PERSISTENT) {
        entry.captureRelated();
      }
    }
  }

  /** After commit: deleted objects leave, snapshots become the committed state. */
  void afterCommit() {
    for (EntityEntry entry : map.entries()) {
      if (entry.state() == EntityState.DELETED && entry.deleteFlushed()) {
        map.remove(entry);
        entry.state(EntityState.DETACHED);
      } else if (entry.state() == EntityState.PERSISTENT) {
        entry.committed(entry.snapshot());
        entry.commitRelated();
      }
      entry.transactionEnded();
    }
  }

  /** After rollback: undo inserts and deletes, reload what the transaction changed. */
  void afterRollback() {
    List<EntityEntry> reload = new ArrayList<>();
    for (EntityEntry entry : map.entries()) {
      if (entry.state() == EntityState.PENDING) {
        map.remove(entry);
        entry.state(EntityState.TRANSIENT);
        continue;
      }
      if (entry.insertedInTransaction()) {
        undoInsert(entry);
        continue;
      }
      if (entry.state() == EntityState.DELETED) {
        entry.state(EntityState.PERSISTENT);
        entry.deleteFlushed(false);
      }
      entry.rollbackRelated();
      if (changed(entry)) {
        reload.add(entry);
      }
    }
    reload(reload, false, true);
  }

  /**
   * After the outer transaction of a managed session rolled back, before the session closes:
   * pending objects and objects inserted in the transaction become transient again.
   */
  void discard() {
    for (EntityEntry entry : map.entries()) {
      if (entry.state() == EntityState.PENDING) {
        map.remove(entry);
        entry.state(EntityState.TRANSIENT);
      } else if (entry.insertedInTransaction()) {
        undoInsert(entry);
      }
    }
  }

  /**
   * After a rollback to a savepoint: pending objects become transient, deleted ones persistent,
   * everything else is reloaded; inserted objects whose row is gone become transient again.
   */
  void afterSavepointRollback() {
    List<EntityEntry> reload = new ArrayList<>();
    List<EntityEntry> inserted = new ArrayList<>();
    for (EntityEntry entry : map.entries()) {
      if (entry.state() == EntityState.PENDING) {
        map.remove(entry);
        entry.state(EntityState.TRANSIENT);
        continue;
      }
      if (entry.state() == EntityState.DELETED) {
        entry.state(EntityState.PERSISTENT);
        entry.deleteFlushed(false);
      }
      if (entry.insertedInTransaction()) {
        inserted.add(entry);
      }
      reload.add(entry);
    }
    reload(reload, false, false);
    for (EntityEntry entry : inserted) {
      if (entry.state() == EntityState.DETACHED) {
        undoInsert(entry);
      }
    }
  }

  private void undoInsert(EntityEntry entry) {
    map.remove(entry);
    entry.state(EntityState.TRANSIENT);
    EntityModel<?> model = entry.model();
    Object[] before = entry.beforeInsert();
    PropertyModel generated = entry.persister().generatedId();
    PropertyModel version = model.versionProperty();
    if (before != null) {
      if (generated != null) {
        generated.set(entry.entity(), before[0]);
      }
      if (version != null) {
        version.set(entry.entity(), before[1]);
      }
    }
    entry.key(null);
    entry.snapshot(null);
    entry.transactionEnded();
  }

  private static boolean changed(EntityEntry entry) {
    Object[] snapshot = entry.snapshot();
    Object[] committed = entry.committed();
    if (snapshot == null || committed == null) {
      return true;
    }
    Object[] current = entry.model().columnValues(entry.entity());
    for (int i = 0; i < snapshot.length; i++) {
      if (!ColumnValues.same(snapshot[i], committed[i])
          || !ColumnValues.same(current[i], snapshot[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reloads {@code entries} from the database (one SELECT per entity and 500 keys); an object whose
   * row is gone is detached, or, when {@code mustExist}, fails. With {@code asCommitted} the loaded
   * values also become the committed state.
   */
  void reload(List<EntityEntry> entries, boolean mustExist, boolean asCommitted) {
    Map<EntityPersister, List<EntityEntry>> byEntity = new LinkedHashMap<>();
    for (EntityEntry entry : entries) {
      byEntity.computeIfAbsent(entry.persister(), p -> new ArrayList<>()).add(entry);
    }
    for (Map.Entry<EntityPersister, List<EntityEntry>> group : byEntity.entrySet()) {
      List<Object> keys = new ArrayList<>();
      for (EntityEntry entry : group.getValue()) {
        keys.add(java.util.Objects.requireNonNull(entry.key()));
      }
      Map<Object, @Nullable Object[]> rows =
          EntityLoader.fetch(session.connection(), group.getKey(), keys);
      for (EntityEntry entry : group.getValue()) {
        Object[] values = rows.get(entry.key());
        EntityModel<?> model = entry.model();
        if (values == null) {
          if (mustExist) {
            throw new dev.cairn.core.CairnException(
                "Cannot refresh "
                    + model.name()
                    + " with id "
                    + entry.key()
                    + ": its row no longer exists in table "
                    + model.table().name());
          }
          map.remove(entry);
          entry.state(EntityState.DETACHED);
          continue;
        }
        if (model.fillable()) {
          model.fill(entry.entity(), values);
        }
        Object[] snapshot =
            ColumnValues.withStoredForeignKeys(model, model.columnValues(entry.entity()), values);
        entry.snapshot(snapshot);
        if (asCommitted) {
          entry.committed(snapshot);
        }
        session.settings().callbacks().invoke(Kind.POST_LOAD, entry.entity());
      }
    }
  }

  /** A bulk statement changed rows behind the map: reload affected objects, detach deleted ones. */
  void afterBulkChange(EntityModel<?> model, BulkChange change) {
    List<EntityEntry> affected = new ArrayList<>();
    for (EntityEntry entry : map.entries()) {
      if (entry.model() == model
          && entry.key() != null
          && entry.state() != EntityState.PENDING
          && !(entry.state() == EntityState.DELETED && entry.deleteFlushed())) {
        affected.add(entry);
      }
    }
    // an UPDATE may have changed any column, a DELETE removed rows: the reload tells which
    reload(affected, false, false);
  }
}
