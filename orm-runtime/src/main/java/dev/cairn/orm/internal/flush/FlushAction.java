package dev.cairn.orm.internal.flush;

import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of a flush, as data: a batch of INSERTs, UPDATEs of one changed-column set, or DELETEs
 * of one entity. {@code values} holds per entry the column values the row has after the action (for
 * a delete: the values it was loaded with); the executor writes generated keys into them.
 */
public sealed interface FlushAction {

  /** The entity's statements. */
  EntityPersister persister();

  /** The objects, in session order. */
  List<InstanceState> states();

  /** Per entry, the column values (indexed like the model's column properties). */
  List<@Nullable Object[]> values();

  /** The SQL verb, for messages. */
  String verb();

  /** INSERTs of new objects of one entity. */
  record Insert(
      EntityPersister persister, List<InstanceState> states, List<@Nullable Object[]> values)
      implements FlushAction {
    /** Copies the lists. */
    public Insert {
      states = List.copyOf(states);
      values = List.copyOf(values);
    }

    @Override
    public String verb() {
      return "INSERT";
    }
  }

  /** UPDATEs of objects of one entity whose changed columns are {@code changed}. */
  record Update(
      EntityPersister persister,
      BitSet changed,
      List<InstanceState> states,
      List<@Nullable Object[]> values,
      List<@Nullable Object[]> oldValues)
      implements FlushAction {
    /** Copies the lists and the set. */
    public Update {
      changed = (BitSet) changed.clone();
      states = List.copyOf(states);
      values = List.copyOf(values);
      oldValues = List.copyOf(oldValues);
    }

    @Override
    public String verb() {
      return "UPDATE";
    }
  }

  /** DELETEs of objects of one entity. */
  record Delete(
      EntityPersister persister, List<InstanceState> states, List<@Nullable Object[]> values)
      implements FlushAction {
    /** Copies the lists. */
    public Delete {
      states = List.copyOf(states);
      values = List.copyOf(values);
    }

    @Override
    public String verb() {
      return "DELETE";
    }
  }

  /**
   * INSERTs ({@code insert}) or DELETEs of rows of a many-to-many join table. Each row holds the
   * owner's key values then the target's (in {@link RelationshipModel#joinTableOwnerColumns()} and
   * {@link RelationshipModel#joinTableTargetColumns()} order); a value may be a {@link PendingKey}.
   * It concerns no entity state: {@link #states()} and {@link #values()} are empty.
   */
  record Links(
      EntityPersister persister,
      RelationshipModel relationship,
      boolean insert,
      List<@Nullable Object[]> rows)
      implements FlushAction {
    /** Copies the rows list. */
    public Links {
      rows = List.copyOf(rows);
    }

    @Override
    public List<InstanceState> states() {
      return List.of();
    }

    @Override
    public List<@Nullable Object[]> values() {
      return List.of();
    }

    @Override
    public String verb() {
      return insert ? "INSERT" : "DELETE";
    }
  }
}
