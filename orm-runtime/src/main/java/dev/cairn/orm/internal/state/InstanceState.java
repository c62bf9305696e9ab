package dev.cairn.orm.internal.state;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.mapping.EntityModel;
import org.jspecify.annotations.Nullable;

/**
 * Everything one session knows about one attached object, in one place (SQLAlchemy's {@code
 * InstanceState}): its key, where it stands in its life cycle, the column values it was loaded with
 * or last flushed with ({@link #loaded()}, the row's own array — the snapshot for dirty checking,
 * whose foreign-key values are those stored in the row), the values as of the last commit, which of
 * its to-one references are settled, and what its collections held at the last load or flush.
 *
 * <p>Its mutators are transitions ({@link #loadedFrom}, {@link #inserted}, {@link #updated}, {@link
 * #markDeleted}, {@link #deleteFlushed}, {@link #committed}, {@link #rolledBack}, {@link
 * #detached}); the session calls the one that happened instead of setting fields in order. Not
 * thread-safe: owned by one session.
 */
public final class InstanceState {

  /** A slot of {@link #related()} whose relationship was never loaded or captured. */
  public static final Object UNKNOWN = new Object();

  private final Object entity;
  private final EntityModel<?> model;
  private @Nullable Object key;
  private EntityState lifecycle;
  private @Nullable Object @Nullable [] loaded;
  private @Nullable Object @Nullable [] committed;
  private @Nullable Object @Nullable [] related;
  private @Nullable Object @Nullable [] committedRelated;
  private int settled;
  private int committedSettled;
  private byte flags;
  private @Nullable Object @Nullable [] beforeInsert;
  int slot = -1;

  private static final byte READ_ONLY = 1;
  private static final byte INSERTED = 2;
  private static final byte DELETE_FLUSHED = 4;

  private InstanceState(Object entity, EntityModel<?> model, EntityState lifecycle) {
    this.entity = entity;
    this.model = model;
    this.lifecycle = lifecycle;
  }

  /**
   * The state of an object read from a row: persistent, keyed {@code key}, with {@code row} (column
   * values in column-property order, possibly followed by more columns) as its loaded and committed
   * values. The array is kept, not copied: nothing may change it afterwards.
   */
  public static InstanceState loadedFrom(
      Object entity, EntityModel<?> model, Object key, @Nullable Object[] row) {
    InstanceState state = new InstanceState(entity, model, EntityState.PERSISTENT);
    state.key = key;
    state.loaded = row;
    state.committed = row;
    return state;
  }

  /** The state of an object just added: pending, without key or snapshot. */
  public static InstanceState pendingAdded(Object entity, EntityModel<?> model) {
    return new InstanceState(entity, model, EntityState.PENDING);
  }

  /**
   * The state of an object that joins as persistent without a known snapshot (a detached object
   * re-attached, or one added with a database-generated key already set): its first flush writes
   * every column, unless {@link #assumeUnchanged} records its current values first.
   */
  public static InstanceState reattached(Object entity, EntityModel<?> model, Object key) {
    InstanceState state = new InstanceState(entity, model, EntityState.PERSISTENT);
    state.key = key;
    return state;
  }

  /** The object. */
  public Object entity() {
    return entity;
  }

  /** The object's mapping. */
  public EntityModel<?> model() {
    return model;
  }

  /** The key (the id value, a List for a composite key), or null while unknown. */
  public @Nullable Object key() {
    return key;
  }

  /** Sets the key of a pending object whose key is known before its insert (assigned, UUID). */
  public void assignKey(@Nullable Object newKey) {
    this.key = newKey;
  }

  /** Where the object stands in the session. */
  public EntityState lifecycle() {
    return lifecycle;
  }

  /** Whether the object is pending or persistent (not deleted, still attached). */
  public boolean live() {
    return lifecycle == EntityState.PENDING || lifecycle == EntityState.PERSISTENT;
  }

  /**
   * The column values as of the last load or flush (the snapshot), indexed like the model's column
   * properties; null when unknown (every column is written) or not kept (read-only).
   */
  public @Nullable Object @Nullable [] loaded() {
    return loaded;
  }

  /** The column values as of the last commit (or load); null when unknown. */
  public @Nullable Object @Nullable [] committedValues() {
    return committed;
  }

  /** Whether a flush in the current transaction changed the stored row (insert or update). */
  public boolean changedInTransaction() {
    return loaded != committed || insertedInTransaction();
  }

  /** Whether the object is read-only: it keeps no snapshot and is never flushed. */
  public boolean readOnly() {
    return (flags & READ_ONLY) != 0;
  }

  private void flag(byte flag, boolean on) {
    flags = (byte) (on ? flags | flag : flags & ~flag);
  }

  /** Makes the object read-only and drops its snapshot (Hibernate's read-only entities). */
  public void markReadOnly() {
    flag(READ_ONLY, true);
    this.loaded = null;
    this.committed = null;
    this.related = null;
    this.committedRelated = null;
  }

  /** Whether to-one relationship {@code ordinal} is settled (loaded, or known to be null). */
  public boolean settled(int ordinal) {
    return ordinal < 32 && (settled & (1 << ordinal)) != 0;
  }

  /**
   * Records that to-one relationship {@code ordinal} is settled (tracked for the first 32
   * relationships of an entity; a later one is taken as never loaded, so an empty one keeps its
   * stored key).
   */
  public void settle(int ordinal) {
    if (ordinal < 32) {
      settled |= 1 << ordinal;
    }
  }

  /**
   * Per relationship (by ordinal), what it held at the last load or flush: for a collection the
   * installed ORM collection or an array of its members, for an inverse reference the object;
   * {@link #UNKNOWN} where nothing was recorded. Null when nothing is recorded for any.
   */
  public @Nullable Object @Nullable [] related() {
    return related;
  }

  /** Records what relationship {@code ordinal} holds as of now (a load or a flush). */
  public void relate(int ordinal, @Nullable Object value) {
    Object[] now = related;
    if (now == null || now == committedRelated) {
      Object[] fresh = new Object[model.relationships().size()];
      if (now == null) {
        java.util.Arrays.fill(fresh, UNKNOWN);
      } else {
        System.arraycopy(now, 0, fresh, 0, fresh.length);
      }
      now = fresh;
      related = fresh;
    }
    now[ordinal] = value;
  }

  /** What relationship {@code ordinal} held at the last load or flush, or {@link #UNKNOWN}. */
  public @Nullable Object relatedAt(int ordinal) {
    Object[] now = related;
    return now == null ? UNKNOWN : now[ordinal];
  }

  /** Whether a flush of the current transaction inserted the row. */
  public boolean insertedInTransaction() {
    return (flags & INSERTED) != 0;
  }

  /** Whether a flush already deleted the row of this (deleted) object. */
  public boolean deleteFlushed() {
    return (flags & DELETE_FLUSHED) != 0;
  }

  // ---- transitions ---------------------------------------------------------------------------

  /**
   * A flush inserted the row: the object is persistent with {@code newKey}, its written {@code
   * values} are the snapshot; {@code keyBefore}/{@code versionBefore} are what a rollback restores.
   */
  public void inserted(
      @Nullable Object[] values,
      @Nullable Object newKey,
      @Nullable Object keyBefore,
      @Nullable Object versionBefore) {
    this.lifecycle = EntityState.PERSISTENT;
    this.key = newKey;
    this.loaded = values;
    flag(INSERTED, true);
    this.beforeInsert =
        keyBefore == null && versionBefore == null ? null : new Object[] {keyBefore, versionBefore};
  }

  /** A flush updated the row: {@code values} (as written) become the snapshot. */
  public void updated(@Nullable Object[] values) {
    this.loaded = values;
  }

  /** The current values of an object with an unknown snapshot are taken as unchanged. */
  public void assumeUnchanged(@Nullable Object[] values) {
    this.loaded = values;
    this.committed = values;
  }

  /** {@code session.delete()} of a persistent object. */
  public void markDeleted() {
    this.lifecycle = EntityState.DELETED;
  }

  /** {@code session.add()} of a deleted object whose DELETE was not flushed: persistent again. */
  public void restored() {
    this.lifecycle = EntityState.PERSISTENT;
  }

  /** A flush deleted the row. */
  public void deleteFlushed(boolean flushed) {
    flag(DELETE_FLUSHED, flushed);
  }

  /**
   * The transaction committed: the snapshot becomes the committed state. Returns false when the
   * object's row was deleted, so the object leaves the session (the caller calls {@link
   * #detached}).
   */
  public boolean committed() {
    flag(INSERTED, false);
    beforeInsert = null;
    if (lifecycle == EntityState.DELETED && deleteFlushed()) {
      return false;
    }
    committed = loaded;
    committedRelated = related;
    committedSettled = settled;
    return true;
  }

  /**
   * The transaction rolled back: a deleted object is persistent again, the relationships go back to
   * their committed record. Returns whether the object must be reloaded because the transaction
   * changed it (flushed or not); an inserted or pending object is handled by {@link #undoInsert}.
   */
  public boolean rolledBack() {
    if (lifecycle == EntityState.DELETED) {
      lifecycle = EntityState.PERSISTENT;
      flag(DELETE_FLUSHED, false);
    }
    boolean changed = loaded != committed;
    loaded = committed;
    related = committedRelated;
    settled = committedSettled;
    return changed || loaded == null;
  }

  /** The row or values the object was reloaded with become its snapshot and committed state. */
  public void reloaded(@Nullable Object[] row, boolean asCommitted) {
    this.loaded = row;
    if (asCommitted) {
      this.committed = row;
    }
  }

  /**
   * The insert of this object was rolled back: it is transient again; returns the key and version
   * it had before the insert, which the caller writes back into the object.
   */
  public @Nullable Object[] undoInsert() {
    Object[] before = beforeInsert != null ? beforeInsert : new Object[2];
    lifecycle = EntityState.TRANSIENT;
    key = null;
    loaded = null;
    committed = null;
    related = null;
    committedRelated = null;
    flag(INSERTED, false);
    beforeInsert = null;
    return before;
  }

  /** The object left the session: transient when it has no key, detached otherwise. */
  public void detached() {
    lifecycle = key == null ? EntityState.TRANSIENT : EntityState.DETACHED;
  }

  @Override
  public String toString() {
    return model.name() + "(" + key + ", " + lifecycle + ")";
  }
}
