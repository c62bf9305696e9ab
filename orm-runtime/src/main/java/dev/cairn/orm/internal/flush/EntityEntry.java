package dev.cairn.orm.internal.flush;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private @Nullable Map<RelationshipModel, @Nullable Object> related;
  private @Nullable Map<RelationshipModel, @Nullable Object> committedRelated;

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

  /**
   * Records the relationships as they are now (after a load or flush): the referenced object of
   * each to-one field and a copy of each collection's members, to compare against at the next
   * flush.
   */
  public void captureRelated() {
    if (model.relationships().isEmpty()) {
      return;
    }
    Map<RelationshipModel, @Nullable Object> now = new HashMap<>();
    for (RelationshipModel relationship : model.relationships()) {
      now.put(relationship, copy(relationship.get(entity)));
    }
    this.related = now;
  }

  /**
   * Records that {@code relationship} held {@code value} as of the last load or flush (a loader
   * that fills a reference or collection calls this so the fill is not taken for a change).
   */
  public void relatedLoaded(RelationshipModel relationship, @Nullable Object value) {
    Map<RelationshipModel, @Nullable Object> now = related;
    if (now == null) {
      now = new HashMap<>();
      related = now;
    }
    now.put(relationship, copy(value));
  }

  /** The recorded relationships become the committed ones (after a commit or a load). */
  public void commitRelated() {
    Map<RelationshipModel, @Nullable Object> now = related;
    committedRelated = now == null ? null : new HashMap<>(now);
  }

  /** The recorded relationships go back to the committed ones (after a rollback). */
  public void rollbackRelated() {
    Map<RelationshipModel, @Nullable Object> committed = committedRelated;
    related = committed == null ? null : new HashMap<>(committed);
  }

  /** Whether {@link #captureRelated} or {@link #relatedLoaded} recorded {@code relationship}. */
  public boolean hasRelated(RelationshipModel relationship) {
    Map<RelationshipModel, @Nullable Object> now = related;
    return now != null && now.containsKey(relationship);
  }

  /** The referenced object of a to-one field as of the last load or flush, or null. */
  public @Nullable Object relatedObject(RelationshipModel relationship) {
    Map<RelationshipModel, @Nullable Object> now = related;
    return now == null ? null : now.get(relationship);
  }

  /** The members of a collection (or the one referenced object) as of the last load or flush. */
  public List<Object> relatedMembers(RelationshipModel relationship) {
    Map<RelationshipModel, @Nullable Object> now = related;
    Object value = now == null ? null : now.get(relationship);
    return members(value);
  }

  /** The members of a relationship value: the collection's elements, or the one object. */
  public static List<Object> members(@Nullable Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      List<Object> out = new ArrayList<>(collection.size());
      for (Object member : collection) {
        if (member != null) {
          out.add(member);
        }
      }
      return out;
    }
    return List.of(value);
  }

  private static @Nullable Object copy(@Nullable Object value) {
    if (unloaded(value)) {
      return value; // not read: reading would load it; it is unchanged until loaded
    }
    return value instanceof Collection<?> ? members(value) : value;
  }

  /**
   * Whether {@code value} is an ORM collection not loaded yet (so unchanged, and not to be read).
   */
  public static boolean unloaded(@Nullable Object value) {
    return value instanceof dev.cairn.orm.RelationshipCollection collection
        && !collection.isLoaded();
  }

  @Override
  public String toString() {
    return model.name() + "(" + key + ", " + state + ")";
  }
}
