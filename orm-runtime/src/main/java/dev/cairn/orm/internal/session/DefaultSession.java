package dev.cairn.orm.internal.session;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Result;
import dev.cairn.core.engine.Row;
import dev.cairn.core.engine.Savepoint;
import dev.cairn.core.sql.Statement;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.FlushStats;
import dev.cairn.orm.ManagedSession;
import dev.cairn.orm.Query;
import dev.cairn.orm.RelationshipCollection;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionListener;
import dev.cairn.orm.internal.SessionContext;
import dev.cairn.orm.internal.flush.ColumnValues;
import dev.cairn.orm.internal.flush.EntityEntry;
import dev.cairn.orm.internal.flush.FlushAction;
import dev.cairn.orm.internal.flush.FlushPlanner;
import dev.cairn.orm.internal.flush.LifecycleCallbacks.Kind;
import dev.cairn.orm.internal.loading.LoadPlan;
import dev.cairn.orm.internal.loading.SessionLoader;
import dev.cairn.orm.internal.query.DefaultQuery;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The session: identity map, object states and one Core connection per transaction (autobegin on
 * first use, closed at commit or rollback). Flushes through the planner and executor of its
 * factory, under a savepoint when the transaction already did work, so a failed flush leaves the
 * database and the session's bookkeeping as they were.
 *
 * <p>Rollback: pending objects and objects inserted in the transaction become transient (their
 * database-generated keys are reset); deleted ones become persistent again; objects changed in the
 * transaction (flushed or not) are reloaded from the database at once — objects whose row is gone
 * are detached.
 */
public final class DefaultSession implements Session, ManagedSession, SessionContext {

  private final SessionSettings settings;
  private final IdentityMap map = new IdentityMap();
  private final ThreadGuard guard = new ThreadGuard();
  private final Transactions transactions;
  private final @Nullable String managedHint;
  private final SessionLoader loader;
  private final Cascades cascades;
  private @Nullable Connection connection;
  private boolean closed;
  private boolean flushing;

  /** A session of the factory sharing {@code settings}. */
  public DefaultSession(SessionSettings settings) {
    this(settings, null);
  }

  /**
   * A session of the factory sharing {@code settings}; with a {@code managedHint} its transaction
   * is managed outside Cairn (see {@link dev.cairn.orm.SessionFactory#openManagedSession}).
   */
  public DefaultSession(SessionSettings settings, @Nullable String managedHint) {
    this.settings = settings;
    this.managedHint = managedHint;
    this.transactions = new Transactions(this, map);
    this.loader = new SessionLoader(this, settings.links());
    this.cascades = new Cascades(this, map);
  }

  // ---- objects -------------------------------------------------------------------------------

  @Override
  public void add(Object entity) {
    boolean entered = enter();
    try {
      addOne(entity);
      cascades.saveUpdate(List.of(entity));
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public void addAll(Iterable<?> entities) {
    boolean entered = enter();
    try {
      List<Object> added = new java.util.ArrayList<>();
      for (Object entity : entities) {
        addOne(entity);
        added.add(entity);
      }
      cascades.saveUpdate(added);
    } finally {
      guard.exit(entered);
    }
  }

  /**
   * Adds an object reached through a save-update cascade; a detached one (it has a key) is taken as
   * unchanged, so only what is changed later is written.
   */
  void addCascaded(Object entity) {
    addOne(entity);
    EntityEntry entry = map.entry(entity);
    if (entry != null && entry.state() == EntityState.PERSISTENT && entry.snapshot() == null) {
      Object[] values = entry.model().columnValues(entity);
      entry.snapshot(values);
      entry.committed(values);
      entry.captureRelated();
      entry.commitRelated();
    }
  }

  private void addOne(Object entity) {
    EntityModel<?> model = model(entity);
    EntityEntry existing = map.entry(entity);
    if (existing != null) {
      if (existing.state() == EntityState.DELETED && !existing.deleteFlushed()) {
        existing.state(EntityState.PERSISTENT);
      }
      return;
    }
    EntityEntry entry = new EntityEntry(settings.persister(model), entity, EntityState.PENDING);
    PropertyModel generated = entry.persister().generatedId();
    Object key = model.identifier(entity);
    if (generated != null && key != null && !FlushPlanner.isUnset(key)) {
      entry.state(EntityState.PERSISTENT);
    } else if (key == null && !model.hasCompositeId()) {
      PropertyModel id = model.idProperty();
      if (id.generation() == dev.cairn.orm.annotation.GenerationStrategy.UUID) {
        id.set(entity, id.generateValue());
        key = model.identifier(entity);
      }
    }
    if (generated != null && entry.state() == EntityState.PENDING) {
      key = null;
    }
    if (key != null) {
      EntityEntry other = map.entry(new EntityKey(model.javaType(), key));
      if (other != null) {
        throw new CairnException(
            "Another "
                + model.name()
                + " instance with id "
                + key
                + " is already in this session; use merge() to copy this one's state onto it");
      }
      entry.key(key);
    }
    map.add(entry);
  }

  @Override
  public void delete(Object entity) {
    boolean entered = enter();
    try {
      EntityEntry entry = map.entry(entity);
      if (entry == null) {
        EntityModel<?> model = model(entity);
        throw new CairnException(
            model.name()
                + " with id "
                + model.identifier(entity)
                + " is not in this session; load it with get() or merge() it before delete()");
      }
      if (entry.state() == EntityState.PENDING) {
        map.remove(entry);
        entry.state(EntityState.TRANSIENT);
      } else if (entry.state() == EntityState.PERSISTENT) {
        entry.state(EntityState.DELETED);
      }
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public <T> @Nullable T get(Class<T> type, Object id) {
    boolean entered = enter();
    try {
      EntityModel<T> model = settings.mapping().entity(type);
      Ids.check(model, id);
      EntityEntry entry = map.entry(new EntityKey(type, id));
      if (entry != null) {
        return entry.state() == EntityState.DELETED ? null : type.cast(entry.entity());
      }
      Map<Object, @Nullable Object[]> rows =
          EntityLoader.fetch(connection(), settings.persister(model), List.of(id));
      Object[] values = rows.get(id);
      if (values == null) {
        return null;
      }
      T entity = register(model, values);
      loader.capture(model, entity, values);
      loader.afterResult(model, List.of(entity), LoadPlan.NONE, null);
      return entity;
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public void refresh(Object entity) {
    boolean entered = enter();
    try {
      EntityEntry entry = map.entry(entity);
      if (entry == null || entry.key() == null || entry.state() == EntityState.PENDING) {
        throw new CairnException(
            model(entity).name()
                + " is not persistent in this session (state "
                + state(entity)
                + "); only loaded or flushed objects can be refreshed");
      }
      transactions.reload(List.of(entry), true, false);
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public <T> T merge(T entity) {
    boolean entered = enter();
    try {
      return mergeOne(entity, new java.util.IdentityHashMap<>());
    } finally {
      guard.exit(entered);
    }
  }

  /**
   * Merges {@code entity} and, through relationships with the MERGE cascade (on by default), the
   * objects it refers to; {@code merged} maps each object already merged to its persistent copy, so
   * bidirectional references and cycles are merged once. Unloaded collections of a detached object
   * are left alone: their rows are unchanged.
   */
  private <T> T mergeOne(T entity, Map<Object, Object> merged) {
    if (map.entry(entity) != null) {
      return entity;
    }
    Object done = merged.get(entity);
    if (done != null) {
      @SuppressWarnings("unchecked")
      T copy = (T) done;
      return copy;
    }
    @SuppressWarnings("unchecked")
    EntityModel<T> model = (EntityModel<T>) model(entity);
    Object[] values = model.columnValues(entity);
    Object key = model.identifier(entity);
    T target = key == null || FlushPlanner.isUnset(key) ? null : get(model.javaType(), key);
    if (target == null) {
      target = model.instantiate(values);
      merged.put(entity, target);
      mergeRelationships(model, entity, target, merged);
      addOne(target);
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
    mergeRelationships(model, entity, target, merged);
    return target;
  }

  private void mergeRelationships(
      EntityModel<?> model, Object source, Object target, Map<Object, Object> merged) {
    for (RelationshipModel relationship : model.relationships()) {
      if (!relationship.cascades(dev.cairn.orm.annotation.Cascade.MERGE)) {
        continue;
      }
      Object value = relationship.get(source);
      if (relationship.collectionType() == null) {
        relationship.set(target, value == null ? null : mergeOne(value, merged));
        continue;
      }
      if (value == null
          || (value instanceof dev.cairn.orm.RelationshipCollection collection
              && !collection.isLoaded())) {
        continue;
      }
      List<Object> elements = new java.util.ArrayList<>();
      for (Object element : (java.util.Collection<?>) value) {
        elements.add(mergeOne(element, merged));
      }
      @SuppressWarnings("unchecked")
      java.util.Collection<Object> current =
          (java.util.Collection<Object>) relationship.get(target);
      if (current == null || current == value) {
        java.util.Collection<Object> fresh =
            java.util.Set.class.isAssignableFrom(relationship.collectionType())
                ? new java.util.LinkedHashSet<>(elements)
                : new java.util.ArrayList<>(elements);
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

  @Override
  public void expunge(Object entity) {
    boolean entered = enter();
    try {
      EntityEntry entry = map.entry(entity);
      if (entry == null) {
        throw new CairnException(
            model(entity).name() + " is not in this session; there is nothing to expunge");
      }
      map.remove(entry);
      entry.state(entry.key() == null ? EntityState.TRANSIENT : EntityState.DETACHED);
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public void clear() {
    boolean entered = enter();
    try {
      for (EntityEntry entry : map.view()) {
        entry.state(entry.key() == null ? EntityState.TRANSIENT : EntityState.DETACHED);
      }
      map.clear();
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public boolean contains(Object entity) {
    boolean entered = enter();
    try {
      return map.entry(entity) != null;
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public EntityState state(Object entity) {
    boolean entered = enter();
    try {
      EntityEntry entry = map.entry(entity);
      if (entry != null) {
        return entry.state();
      }
      Object key = model(entity).identifier(entity);
      return key == null || FlushPlanner.isUnset(key)
          ? EntityState.TRANSIENT
          : EntityState.DETACHED;
    } finally {
      guard.exit(entered);
    }
  }

  // ---- unit of work --------------------------------------------------------------------------

  @Override
  public void flush() {
    boolean entered = enter();
    try {
      flushNow();
    } finally {
      guard.exit(entered);
    }
  }

  private void flushNow() {
    if (flushing || map.isEmpty()) {
      return;
    }
    flushing = true;
    try {
      FlushStats stats = flushObserved();
      for (SessionListener listener : settings.listeners()) {
        listener.afterFlush(this, stats);
      }
    } catch (RuntimeException | Error e) {
      for (SessionListener listener : settings.listeners()) {
        listener.afterFlushFailure(this, e);
      }
      throw e;
    } finally {
      flushing = false;
    }
  }

  /** Announces, plans and writes a flush; returns what it wrote. */
  private FlushStats flushObserved() {
    for (SessionListener listener : settings.listeners()) {
      listener.beforeFlush(this);
    }
    cascades.beforeFlush();
    List<FlushAction> actions = settings.planner().plan(map.view());
    if (actions.isEmpty()) {
      transactions.captureRelated();
      return FlushStats.EMPTY;
    }
    Connection c = connection();
    Savepoint savepoint = c.inTransaction() || managedHint != null ? c.savepoint() : null;
    try {
      settings.executor().execute(c, actions);
    } catch (RuntimeException e) {
      try {
        if (savepoint != null) {
          savepoint.rollback();
        } else {
          c.rollback();
        }
      } catch (RuntimeException rollbackFailure) {
        // A deadlock already rolled back the whole transaction, savepoint included (MariaDB):
        // the flush failure is what the caller must see.
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    }
    if (savepoint != null) {
      savepoint.release();
    }
    transactions.applyFlush(actions);
    transactions.captureRelated();
    for (SessionListener listener : settings.listeners()) {
      listener.afterFlush(this);
    }
    return statsOf(actions);
  }

  private static FlushStats statsOf(List<FlushAction> actions) {
    int inserted = 0;
    int updated = 0;
    int deleted = 0;
    for (FlushAction action : actions) {
      int n = action.entries().size();
      if (action instanceof FlushAction.Insert) {
        inserted += n;
      } else if (action instanceof FlushAction.Update) {
        updated += n;
      } else {
        deleted += n;
      }
    }
    return new FlushStats(inserted, updated, deleted);
  }

  @Override
  public void commit() {
    boolean entered = enter();
    try {
      refuseIfManaged("commit()");
      flushNow();
      Connection c = connection;
      if (c != null) {
        try {
          c.commit();
        } catch (RuntimeException e) {
          closeConnection();
          transactions.afterRollback();
          throw e;
        }
        closeConnection();
      }
      transactions.afterCommit();
      for (SessionListener listener : settings.listeners()) {
        listener.afterCommit(this);
      }
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public void rollback() {
    boolean entered = enter();
    try {
      refuseIfManaged("rollback()");
      Connection c = connection;
      if (c != null) {
        try {
          c.rollback();
        } finally {
          closeConnection();
        }
      }
      transactions.afterRollback();
      for (SessionListener listener : settings.listeners()) {
        listener.afterRollback(this);
      }
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public <T> Query<T> query(Class<T> type) {
    boolean entered = enter();
    try {
      return new DefaultQuery<>(this, settings.mapping().entity(type));
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public Result execute(Statement statement) {
    boolean entered = enter();
    try {
      autoflushNow();
      return connection().execute(statement);
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    boolean entered = guard.enter();
    try {
      closeConnection();
      for (EntityEntry entry : map.view()) {
        entry.state(entry.key() == null ? EntityState.TRANSIENT : EntityState.DETACHED);
      }
      map.clear();
    } finally {
      closed = true;
      guard.exit(entered);
    }
  }

  // ---- ManagedSession ------------------------------------------------------------------------

  @Override
  public void transactionCommitted() {
    boolean entered = enter();
    try {
      transactions.afterCommit();
    } finally {
      guard.exit(entered);
    }
    close();
  }

  @Override
  public void transactionRolledBack() {
    boolean entered = enter();
    try {
      transactions.discard();
    } finally {
      guard.exit(entered);
    }
    close();
  }

  @Override
  public void savepointRolledBack() {
    boolean entered = enter();
    try {
      transactions.afterSavepointRollback();
    } finally {
      guard.exit(entered);
    }
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

  // ---- SessionContext ------------------------------------------------------------------------

  @Override
  public MappingModel mapping() {
    return settings.mapping();
  }

  @Override
  public Connection connection() {
    boolean entered = enter();
    try {
      Connection c = connection;
      if (c == null) {
        c = settings.engine().connect();
        connection = c;
      }
      return c;
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public void autoflush() {
    boolean entered = enter();
    try {
      autoflushNow();
    } finally {
      guard.exit(entered);
    }
  }

  private void autoflushNow() {
    if (settings.autoflush()) {
      flushNow();
    }
  }

  @Override
  public <T> T materialize(EntityModel<T> model, Row row, int firstColumn) {
    boolean entered = enter();
    try {
      int width = model.columnProperties().size();
      Object[] values = new Object[width];
      for (int i = 0; i < width; i++) {
        values[i] = row.get(firstColumn + i);
      }
      EntityEntry entry =
          map.entry(new EntityKey(model.javaType(), EntityLoader.key(model, values)));
      if (entry != null) {
        return model.javaType().cast(entry.entity());
      }
      return register(model, values);
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public void releaseUnchanged(List<?> entities) {
    boolean entered = enter();
    try {
      for (Object entity : entities) {
        EntityEntry entry = map.entry(entity);
        if (entry != null && entry.state() == EntityState.PERSISTENT && unchanged(entry)) {
          map.remove(entry);
          entry.state(EntityState.DETACHED);
        }
      }
    } finally {
      guard.exit(entered);
    }
  }

  /**
   * Whether {@code entry} is as loaded: each reference is the object recorded at the last load or
   * flush, no collection is loaded, and the other columns pass the flush's dirty check.
   */
  private static boolean unchanged(EntityEntry entry) {
    Object[] snapshot = entry.snapshot();
    if (snapshot == null) {
      return false;
    }
    for (RelationshipModel relationship : entry.model().relationships()) {
      Object value = relationship.get(entry.entity());
      if (relationship.kind().isCollection()) {
        if (!(value instanceof RelationshipCollection collection) || collection.isLoaded()) {
          return false;
        }
      } else if (entry.hasRelated(relationship)
          ? value != entry.relatedObject(relationship)
          : value != null) {
        return false;
      }
    }
    Object[] current = entry.model().columnValues(entry.entity());
    return !ColumnValues.changed(entry.model(), current, snapshot, false);
  }

  @Override
  public void afterBulkChange(EntityModel<?> model, BulkChange change) {
    boolean entered = enter();
    try {
      transactions.afterBulkChange(model, change);
    } finally {
      guard.exit(entered);
    }
  }

  @Override
  public <T> @Nullable T cached(EntityModel<T> model, Object key) {
    EntityEntry entry = map.entry(new EntityKey(model.javaType(), key));
    return entry == null ? null : model.javaType().cast(entry.entity());
  }

  @Override
  public boolean attached(Object entity) {
    return !closed && map.entry(entity) != null;
  }

  @Override
  public boolean strictLoading() {
    return settings.strictLoading();
  }

  @Override
  public int loadBatchSize() {
    return settings.loadBatchSize();
  }

  @Override
  public SessionLoader loader() {
    return loader;
  }

  @Override
  public void relationshipLoaded(
      Object entity, RelationshipModel relationship, @Nullable Object value) {
    EntityEntry entry = map.entry(entity);
    if (entry != null) {
      entry.relatedLoaded(relationship, value);
    }
  }

  // ---- internals -----------------------------------------------------------------------------

  /** A new persistent instance of a row, registered with its snapshot. */
  <T> T register(EntityModel<T> model, @Nullable Object[] values) {
    T entity = model.instantiate(values);
    EntityEntry entry = new EntityEntry(settings.persister(model), entity, EntityState.PERSISTENT);
    Object[] snapshot =
        ColumnValues.withStoredForeignKeys(model, model.columnValues(entity), values);
    entry.snapshot(snapshot);
    entry.captureRelated();
    entry.commitRelated();
    entry.committed(snapshot);
    entry.key(model.identifier(entity));
    map.add(entry);
    loader.install(model, entity);
    settings.callbacks().invoke(Kind.POST_LOAD, entity);
    return entity;
  }

  SessionSettings settings() {
    return settings;
  }

  private void closeConnection() {
    Connection c = connection;
    connection = null;
    if (c != null) {
      c.close();
    }
  }

  private EntityModel<?> model(Object entity) {
    if (entity == null) {
      throw new CairnException("Cannot use null as an entity");
    }
    return settings.mapping().entity(entity.getClass());
  }

  private boolean enter() {
    boolean entered = guard.enter();
    if (closed) {
      guard.exit(entered);
      throw new CairnException(
          "This Session is closed; open a new one with SessionFactory.openSession()");
    }
    return entered;
  }
}
