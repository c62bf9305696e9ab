package dev.cairn.orm.internal.flush;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.mapping.EntityModel;
import org.jspecify.annotations.Nullable;

/**
 * The session's bookkeeping for one object: its state, key, and the column values it had when last
 * loaded or flushed ({@code snapshot}, for dirty checking) and when last committed ({@code
 * committed}, to know after a rollback what changed in the transaction). Mutable; owned by one
 * session.
 */
public final class EntityEntry {

  private final EntityModel<?> model;
  private final EntityPersister persister;
  private final Object entity;
  private EntityState state;
  private @Nullable Object key;
  private @Nullable Object @Nullable [] snapshot;
  private @Nullable Object @Nullable [] committed;
  private boolean insertedInTransaction;
  private boolean deleteFlushed;
  private @Nullable Object @Nullable [] beforeInsert;

  /** An entry for {@code entity} in {@code state}. */
  public EntityEntry(EntityPersister persister, Object entity, EntityState state) {
    this.model = persister.model();
    this.persister = persister;
    this.entity = entity;
    this.state = state;
  }

  /** The entity's model. */
  public EntityModel<?> model() {
    return model;
  }

  /** The entity's prebuilt statements. */
  public EntityPersister persister() {
    return persister;
  }

  /** The object itself. */
  public Object entity() {
    return entity;
  }

  /** The object's state in the session. */
  public EntityState state() {
    return state;
  }

  /** Changes the state. */
  public void state(EntityState newState) {
    this.state = newState;
  }

  /** The identity-map key (entity key value), or null while unknown. */
  public @Nullable Object key() {
    return key;
  }

  /** Sets the identity-map key. */
  public void key(@Nullable Object newKey) {
    this.key = newKey;
  }

  /** The column values as last loaded or flushed; null when unknown (update every column). */
  public @Nullable Object @Nullable [] snapshot() {
    return snapshot;
  }

  /** Sets the snapshot. */
  public void snapshot(@Nullable Object @Nullable [] values) {
    this.snapshot = values;
  }

  /** The column values as of the last commit (or load); null when unknown. */
  public @Nullable Object @Nullable [] committed() {
    return committed;
  }

  /** Sets the committed values. */
  public void committed(@Nullable Object @Nullable [] values) {
    this.committed = values;
  }

  /** Whether a flush of the current transaction inserted the row. */
  public boolean insertedInTransaction() {
    return insertedInTransaction;
  }

  /**
   * Records that a flush inserted the row; {@code before} holds the key and version it replaced.
   */
  public void inserted(@Nullable Object[] before) {
    this.insertedInTransaction = true;
    this.beforeInsert = before;
  }

  /** The key and version values the object had before its insert, or null. */
  public @Nullable Object @Nullable [] beforeInsert() {
    return beforeInsert;
  }

  /** Forgets the transaction's insert (after commit). */
  public void transactionEnded() {
    this.insertedInTransaction = false;
    this.beforeInsert = null;
  }

  /** Whether a flush already deleted the row. */
  public boolean deleteFlushed() {
    return deleteFlushed;
  }

  /** Records whether a flush deleted the row. */
  public void deleteFlushed(boolean flushed) {
    this.deleteFlushed = flushed;
  }

  @Override
  public String toString() {
    return model.name() + "(" + key + ", " + state + ")";
  }
}
