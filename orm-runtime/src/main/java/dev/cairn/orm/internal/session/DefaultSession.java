package dev.cairn.orm.internal.session;

import dev.cairn.core.CairnException;
import dev.cairn.core.InvalidUsageException;
import dev.cairn.core.engine.Result;
import dev.cairn.core.sql.Statement;
import dev.cairn.core.sql.StatementKind;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.ManagedSession;
import dev.cairn.orm.Query;
import dev.cairn.orm.SessionListener;
import dev.cairn.orm.SessionOptions;
import dev.cairn.orm.internal.flush.FlushPlanner;
import dev.cairn.orm.internal.flush.UnitOfWork;
import dev.cairn.orm.internal.loading.Loading;
import dev.cairn.orm.internal.query.DefaultQuery;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The session's verbs ({@code add}, {@code get}, {@code delete}, {@code flush}, {@code commit}, …)
 * over its {@link IdentityMap}, each run under the session's thread guard. The roles behind them
 * live elsewhere: the flush in {@link UnitOfWork}, the transaction and its bookkeeping in {@link
 * SessionTransaction}, merging in {@link Merge}, relationship loading in {@link Loading}, querying
 * in {@link DefaultQuery}.
 */
public final class DefaultSession implements ManagedSession {

  private final SessionSettings settings;
  private final IdentityMap map;
  private final ThreadGuard guard = new ThreadGuard();
  private final SessionTransaction transaction;
  private final @Nullable String managedHint;
  private final boolean readOnly;
  private final Loading loading;
  private final UnitOfWork unitOfWork;
  private final SessionContext context;
  private boolean closed;
  private boolean flushing;

  /** A session of the factory sharing {@code settings}. */
  public DefaultSession(SessionSettings settings, SessionOptions options) {
    this(settings, options, null);
  }

  /**
   * A session of the factory sharing {@code settings}; with a {@code managedHint} its transaction
   * is managed outside Cairn (see {@link dev.cairn.orm.SessionFactory#openManagedSession}).
   */
  public DefaultSession(
      SessionSettings settings, SessionOptions options, @Nullable String managedHint) {
    this.settings = settings;
    this.managedHint = managedHint;
    this.readOnly = options.isReadOnly();
    this.map = new IdentityMap(settings.mapping().entities().size());
    this.transaction = new SessionTransaction(settings, map, managedHint);
    this.context = new SessionContext(this);
    this.loading = new Loading(context);
    this.unitOfWork = new UnitOfWork(context, settings.planner(), settings.executor());
  }

  // ---- objects -------------------------------------------------------------------------------

  @Override
  public void add(Object entity) {
    run(
        () -> {
          addOne(entity);
          unitOfWork.saveUpdate(List.of(entity));
        });
  }

  @Override
  public void addAll(Iterable<?> entities) {
    run(
        () -> {
          List<Object> added = new ArrayList<>();
          for (Object entity : entities) {
            addOne(entity);
            added.add(entity);
          }
          unitOfWork.saveUpdate(added);
        });
  }

  /** Adds an object reached by a save-update cascade; a detached one is taken as unchanged. */
  void addCascaded(Object entity) {
    addOne(entity);
    InstanceState state = map.state(entity);
    if (state != null && state.lifecycle() == EntityState.PERSISTENT && state.loaded() == null) {
      state.assumeUnchanged(state.model().columnValues(entity));
      UnitOfWork.recordRelated(state);
    }
  }

  /** Adds one object (no cascade): pending, or persistent again when it has a generated key. */
  void addOne(Object entity) {
    InstanceState existing = map.state(entity);
    if (existing != null) {
      if (existing.lifecycle() == EntityState.DELETED && !existing.deleteFlushed()) {
        existing.restored();
      }
      return;
    }
    EntityModel<?> model = model(entity);
    map.add(NewStates.of(entity, model, settings.persister(model), map));
  }

  @Override
  public void delete(Object entity) {
    run(() -> deleteCascaded(entity));
  }

  /** Deletes an object (a pending one simply leaves). */
  void deleteCascaded(Object entity) {
    InstanceState state = map.state(entity);
    if (state == null) {
      EntityModel<?> model = model(entity);
      throw new CairnException(
          model.name()
              + " with id "
              + model.identifier(entity)
              + " is not in this session; load it with get() or merge() it before delete()");
    }
    if (state.lifecycle() == EntityState.PENDING) {
      map.remove(state);
      state.detached();
    } else if (state.lifecycle() == EntityState.PERSISTENT) {
      state.markDeleted();
    }
  }

  @Override
  public <T> @Nullable T get(Class<T> type, Object id) {
    return call(() -> getNow(type, id));
  }

  private <T> @Nullable T getNow(Class<T> type, Object id) {
    EntityModel<T> model = settings.mapping().entity(type);
    Ids.check(model, id);
    InstanceState found = map.find(model, id);
    if (found != null) {
      return found.lifecycle() == EntityState.DELETED ? null : type.cast(found.entity());
    }
    return EntityLoader.load(this, settings.persister(model), settings.readers().of(model), id);
  }

  @Override
  public void refresh(Object entity) {
    run(
        () -> {
          InstanceState state = map.state(entity);
          if (state == null || state.key() == null || state.lifecycle() == EntityState.PENDING) {
            throw new CairnException(
                model(entity).name()
                    + " is not persistent in this session (state "
                    + stateOf(entity)
                    + "); only loaded or flushed objects can be refreshed");
          }
          transaction.reload(List.of(state), true, false);
          loading.afterRefresh(state);
        });
  }

  @Override
  public <T> T merge(T entity) {
    return call(() -> new Merge(this).merge(entity));
  }

  @Override
  public void expunge(Object entity) {
    run(
        () -> {
          InstanceState state = map.state(entity);
          if (state == null) {
            throw new CairnException(
                model(entity).name() + " is not in this session; there is nothing to expunge");
          }
          map.remove(state);
          state.detached();
        });
  }

  @Override
  public void clear() {
    run(
        () -> {
          for (InstanceState state : map.states()) {
            state.detached();
          }
          map.clear();
        });
  }

  @Override
  public boolean contains(Object entity) {
    return call(() -> map.state(entity) != null);
  }

  @Override
  public EntityState state(Object entity) {
    return call(() -> stateOf(entity));
  }

  private EntityState stateOf(Object entity) {
    InstanceState state = map.state(entity);
    if (state != null) {
      return state.lifecycle();
    }
    Object key = model(entity).identifier(entity);
    return key == null || FlushPlanner.isUnset(key) ? EntityState.TRANSIENT : EntityState.DETACHED;
  }

  // ---- unit of work --------------------------------------------------------------------------

  @Override
  public void flush() {
    run(
        () -> {
          flushNow();
        });
  }

  private void flushNow() {
    if (flushing || readOnly) {
      return;
    }
    // even with nothing left to write (cleared), a transaction a flush failed in cannot commit
    transaction.refuseAfterFailedFlush();
    if (map.isEmpty()) {
      return;
    }
    flushing = true;
    try {
      unitOfWork.flush(transaction, this, settings.listeners());
    } finally {
      flushing = false;
    }
  }

  @Override
  public void commit() {
    run(
        () -> {
          refuseIfManaged("commit()");
          flushNow();
          transaction.commit();
          for (SessionListener listener : settings.listeners()) {
            listener.afterCommit(this);
          }
        });
  }

  @Override
  public void rollback() {
    run(
        () -> {
          refuseIfManaged("rollback()");
          transaction.rollback();
          for (SessionListener listener : settings.listeners()) {
            listener.afterRollback(this);
          }
        });
  }

  @Override
  public <T> Query<T> query(Class<T> type) {
    return call(() -> new DefaultQuery<>(context, settings.mapping().entity(type)));
  }

  @Override
  public Result execute(Statement statement) {
    return call(
        () -> {
          autoflushNow();
          if (statement.kind() != StatementKind.SELECT) {
            transaction.wrote();
          }
          return transaction.connection().execute(statement);
        });
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    boolean entered = guard.enter();
    try {
      transaction.closeConnection();
      map.clear();
    } finally {
      closed = true;
      guard.exit(entered);
    }
  }

  // ---- ManagedSession ------------------------------------------------------------------------

  @Override
  public void transactionCommitted() {
    run(transaction::afterCommit);
    close();
  }

  @Override
  public void transactionRolledBack() {
    run(transaction::discard);
    close();
  }

  @Override
  public void savepointRolledBack() {
    run(transaction::afterSavepointRollback);
  }

  private void refuseIfManaged(String method) {
    if (managedHint != null) {
      throw new CairnException(
          "session."
              + method
              + " is not allowed: this session's transaction is managed outside Cairn; "
              + managedHint);
    }
  }

  // ---- what queries, loading and the unit of work see ----------------------------------------

  /** Runs {@code work} under the thread guard, after checking the session is open. */
  <R> R call(Supplier<R> work) {
    boolean entered = guard.enter();
    try {
      if (closed) {
        throw new InvalidUsageException(
            "This Session is closed; open a new one with SessionFactory.openSession()");
      }
      return work.get();
    } finally {
      guard.exit(entered);
    }
  }

  private void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  /** What queries, loading and the unit of work see of this session. */
  public SessionContext context() {
    return context;
  }

  IdentityMap map() {
    return map;
  }

  SessionSettings settings() {
    return settings;
  }

  SessionTransaction transaction() {
    return transaction;
  }

  Loading loading() {
    return loading;
  }

  boolean isReadOnly() {
    return readOnly;
  }

  boolean isClosed() {
    return closed;
  }

  void autoflushNow() {
    if (settings.autoflush()) {
      flushNow();
    }
  }

  EntityModel<?> model(Object entity) {
    if (entity == null) {
      throw new CairnException("Cannot use null as an entity");
    }
    return settings.mapping().entity(entity.getClass());
  }
}
