package dev.cairn.orm.internal.session;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Savepoint;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.internal.flush.EntityPersister;
import dev.cairn.orm.internal.flush.FlushScope;
import dev.cairn.orm.internal.query.QueryContext.BulkChange;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.internal.state.LifecycleCallbacks.Kind;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The transaction of one session: its connection (taken from the engine on first use, given back at
 * commit or rollback), how a flush's writes are protected, and the session's bookkeeping at the
 * ends of a transaction — committing snapshots, and after a rollback undoing inserts and deletes
 * and reloading what the transaction changed.
 *
 * <p>A flush is protected by a savepoint only where the transaction already wrote something that a
 * failure must not take down (a plain session), or when the factory asks for it; otherwise a
 * failure rolls back the whole transaction (a plain session, which wrote nothing yet), or marks a
 * transaction managed outside Cairn as failed, so it can only roll back (as JPA marks it
 * rollback-only).
 */
final class SessionTransaction implements FlushScope {

  private final SessionSettings settings;
  private final IdentityMap map;
  private final @Nullable String managedHint;
  private @Nullable Connection connection;
  private boolean wrote;
  private @Nullable String failedFlush;

  SessionTransaction(SessionSettings settings, IdentityMap map, @Nullable String managedHint) {
    this.settings = settings;
    this.map = map;
    this.managedHint = managedHint;
  }

  /** The connection, taken from the engine (autobegin) on first use. */
  Connection connection() {
    Connection c = connection;
    if (c == null) {
      c = settings.engine().connect();
      connection = c;
    }
    return c;
  }

  /** Records that a statement run through the session may have written. */
  void wrote() {
    this.wrote = true;
  }

  @Override
  public void write(Consumer<Connection> writes) {
    refuseAfterFailedFlush();
    Connection c = connection();
    boolean managed = managedHint != null;
    Savepoint savepoint =
        (managed && settings.flushSavepoints()) || (!managed && wrote) ? c.savepoint() : null;
    try {
      writes.accept(c);
    } catch (RuntimeException | Error e) {
      try {
        if (savepoint != null) {
          savepoint.rollback();
        } else if (managed) {
          failedFlush = e.getMessage();
        } else {
          c.rollback();
        }
      } catch (RuntimeException undoFailure) {
        // the flush's own failure is what the caller must see (a dead connection fails both)
        e.addSuppressed(undoFailure);
      }
      throw e;
    }
    if (savepoint != null) {
      savepoint.release();
    }
    wrote = true;
  }

  /** Fails when a flush of this managed transaction failed: it must roll back now. */
  void refuseAfterFailedFlush() {
    String failure = failedFlush;
    if (failure != null) {
      throw new CairnException(
          "A flush of this session failed earlier in the transaction ("
              + failure
              + "), so what it wrote may be half done and the transaction can only roll back;"
              + " let the exception end the transaction, or enable flush savepoints"
              + " (SessionFactory.Builder.flushSavepoints(true), cairn.flush-savepoints=true) to"
              + " keep the transaction usable after a failed flush");
    }
  }

  /** Commits the connection's transaction (if one began) and gives the connection back. */
  void commit() {
    Connection c = connection;
    if (c == null) {
      afterCommit();
      return;
    }
    try {
      c.commit();
    } catch (RuntimeException e) {
      closeConnection();
      afterRollback();
      throw e;
    }
    closeConnection();
    afterCommit();
  }

  /** Rolls back the connection's transaction (if one began) and gives the connection back. */
  void rollback() {
    Connection c = connection;
    if (c != null) {
      try {
        c.rollback();
      } finally {
        closeConnection();
      }
    }
    afterRollback();
  }

  /** Gives the connection back (rolling back what was not committed). */
  void closeConnection() {
    Connection c = connection;
    connection = null;
    wrote = false;
    if (c != null) {
      c.close();
    }
  }

  /** After commit: deleted objects leave, snapshots become the committed state. */
  void afterCommit() {
    failedFlush = null;
    for (int i = 0; i < map.end(); i++) {
      InstanceState state = map.at(i);
      if (state != null && !state.committed()) {
        map.remove(state);
        state.detached();
      }
    }
    map.compact();
  }

  /** After rollback: undo inserts and deletes, reload what the transaction changed. */
  void afterRollback() {
    failedFlush = null;
    List<InstanceState> reload = new ArrayList<>();
    for (int i = 0; i < map.end(); i++) {
      InstanceState state = map.at(i);
      if (state == null) {
        continue;
      }
      if (state.lifecycle() == EntityState.PENDING) {
        map.remove(state);
        state.detached();
        continue;
      }
      if (state.insertedInTransaction()) {
        undoInsert(state);
        continue;
      }
      if (state.readOnly()) {
        continue;
      }
      if (state.rolledBack() || unflushedChanges(state)) {
        reload.add(state);
      }
    }
    reload(reload, false, true);
    map.compact();
  }

  /**
   * After the outer transaction of a managed session rolled back, before the session closes:
   * pending objects and objects inserted in the transaction become transient again.
   */
  void discard() {
    failedFlush = null;
    for (int i = 0; i < map.end(); i++) {
      InstanceState state = map.at(i);
      if (state == null) {
        continue;
      }
      if (state.lifecycle() == EntityState.PENDING) {
        map.remove(state);
        state.detached();
      } else if (state.insertedInTransaction()) {
        undoInsert(state);
      }
    }
  }

  /**
   * After a rollback to a savepoint: pending objects become transient, deleted ones persistent,
   * everything else is reloaded; inserted objects whose row is gone become transient again.
   */
  void afterSavepointRollback() {
    failedFlush = null;
    List<InstanceState> reload = new ArrayList<>();
    List<InstanceState> inserted = new ArrayList<>();
    for (int i = 0; i < map.end(); i++) {
      InstanceState state = map.at(i);
      if (state == null) {
        continue;
      }
      if (state.lifecycle() == EntityState.PENDING) {
        map.remove(state);
        state.detached();
        continue;
      }
      if (state.lifecycle() == EntityState.DELETED) {
        state.restored();
        state.deleteFlushed(false);
      }
      if (state.insertedInTransaction()) {
        inserted.add(state);
      }
      if (!state.readOnly()) {
        reload.add(state);
      }
    }
    reload(reload, false, false);
    for (InstanceState state : inserted) {
      if (state.lifecycle() == EntityState.DETACHED) {
        undoInsert(state);
      }
    }
  }

  private void undoInsert(InstanceState state) {
    map.remove(state);
    EntityModel<?> model = state.model();
    PropertyModel generated = settings.persister(model).generatedId();
    PropertyModel version = model.versionProperty();
    Object[] before = state.undoInsert();
    if (generated != null) {
      generated.set(state.entity(), before[0]);
    }
    if (version != null) {
      version.set(state.entity(), before[1]);
    }
  }

  /** Whether the object's columns differ from its (committed) snapshot. */
  private boolean unflushedChanges(InstanceState state) {
    return dev.cairn.orm.internal.flush.DirtyCheck.changed(
        state, settings.persister(state.model()));
  }

  /**
   * Reloads {@code states} from the database (one SELECT per entity and 500 keys); an object whose
   * row is gone is detached, or, when {@code mustExist}, fails. With {@code asCommitted} the loaded
   * values also become the committed state.
   */
  void reload(List<InstanceState> states, boolean mustExist, boolean asCommitted) {
    Map<EntityModel<?>, List<InstanceState>> byEntity = new LinkedHashMap<>();
    for (InstanceState state : states) {
      byEntity.computeIfAbsent(state.model(), m -> new ArrayList<>()).add(state);
    }
    for (Map.Entry<EntityModel<?>, List<InstanceState>> group : byEntity.entrySet()) {
      EntityModel<?> model = group.getKey();
      EntityPersister persister = settings.persister(model);
      List<Object> keys = new ArrayList<>();
      for (InstanceState state : group.getValue()) {
        keys.add(java.util.Objects.requireNonNull(state.key()));
      }
      Map<Object, @Nullable Object[]> rows =
          EntityLoader.fetch(connection(), persister, settings.readers().of(model), keys);
      for (InstanceState state : group.getValue()) {
        Object[] values = rows.get(state.key());
        if (values == null) {
          if (mustExist) {
            throw new CairnException(
                "Cannot refresh "
                    + model.name()
                    + " with id "
                    + state.key()
                    + ": its row no longer exists in table "
                    + model.table().name());
          }
          map.remove(state);
          state.detached();
          continue;
        }
        if (model.fillable()) {
          model.fill(state.entity(), values);
        }
        state.reloaded(values, asCommitted);
        settings.callbacks().invoke(Kind.POST_LOAD, state.entity());
      }
    }
  }

  /** A bulk statement changed rows behind the map: reload affected objects, detach deleted ones. */
  void afterBulkChange(EntityModel<?> model, BulkChange change) {
    List<InstanceState> affected = new ArrayList<>();
    for (int i = 0; i < map.end(); i++) {
      InstanceState state = map.at(i);
      if (state != null
          && state.model() == model
          && state.key() != null
          && state.lifecycle() != EntityState.PENDING
          && !(state.lifecycle() == EntityState.DELETED && state.deleteFlushed())) {
        affected.add(state);
      }
    }
    // an UPDATE may have changed any column, a DELETE removed rows: the reload tells which
    reload(affected, false, false);
  }
}
