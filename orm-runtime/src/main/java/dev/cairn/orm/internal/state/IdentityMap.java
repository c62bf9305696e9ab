package dev.cairn.orm.internal.state;

import dev.cairn.orm.mapping.EntityModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session's states: in the order the objects joined the session (the order a flush writes them
 * in, within one entity), by object identity, and by key in one {@link KeyTable} per entity. No
 * object is made per entry besides the state itself.
 *
 * <p>The two hash indexes are brought up to date lazily, on the first lookup after states were
 * added: a result of 100,000 rows read into the session only appends to the order (sequential
 * writes) and pays for the indexes only if something looks an object up afterwards. {@link
 * #mayHold} tells a reader whether a row could match an object already here.
 *
 * <p>Iterate with {@link #end()} and {@link #at(int)}: states added while iterating are visited,
 * removed ones read as null; the order is compacted only by {@link #compact()}, which the session
 * calls when no one iterates.
 */
public final class IdentityMap {

  private final @Nullable KeyTable[] byKey;
  private final IdentityTable byObject = new IdentityTable();
  private static final InstanceState[] EMPTY = new InstanceState[0];

  private @Nullable InstanceState[] order = EMPTY;
  private int end;
  private int removed;
  private int indexed;
  private final int[] counts;

  /** An empty map for a mapping of {@code entityTypes} entities. */
  public IdentityMap(int entityTypes) {
    this.byKey = new KeyTable[entityTypes];
    this.counts = new int[entityTypes];
  }

  /** Whether an object of {@code model} is in the session (a row of it might be found here). */
  public boolean mayHold(EntityModel<?> model) {
    return counts[model.index()] > 0;
  }

  /** Indexes the states added since the last lookup. */
  private void catchUp() {
    if (indexed == end) {
      return;
    }
    for (int i = indexed; i < end; i++) {
      InstanceState state = order[i];
      if (state != null) {
        byObject.put(state);
        if (state.key() != null) {
          table(state.model()).put(state);
        }
      }
    }
    indexed = end;
  }

  /** The state of {@code entity}, or null when it is not in the session. */
  public @Nullable InstanceState state(Object entity) {
    catchUp();
    return byObject.get(entity);
  }

  /** The state of the {@code model} object keyed {@code key}, or null. */
  public @Nullable InstanceState find(EntityModel<?> model, Object key) {
    catchUp();
    KeyTable table = byKey[model.index()];
    return table == null ? null : table.get(key);
  }

  /** The state of the {@code model} object with the integral key {@code key}, or null. */
  public @Nullable InstanceState findIntegral(EntityModel<?> model, long key) {
    catchUp();
    KeyTable table = byKey[model.index()];
    return table == null ? null : table.get(key);
  }

  /** Adds {@code state} (by object, in order, and by key when it has one). */
  public void add(InstanceState state) {
    if (end == order.length) {
      order = Arrays.copyOf(order, Math.max(16, order.length * 2));
    }
    state.slot = end;
    order[end++] = state;
    counts[state.model().index()]++;
  }

  /** Registers the key of {@code state} (known now, e.g. after its insert). */
  public void index(InstanceState state) {
    if (state.slot >= indexed) {
      return; // indexed with its key when the index catches up
    }
    if (state.key() != null) {
      table(state.model()).put(state);
    }
  }

  /** Forgets the key of {@code state} (its insert was undone). */
  public void unindex(InstanceState state) {
    if (state.slot >= indexed) {
      return;
    }
    KeyTable table = byKey[state.model().index()];
    if (table != null) {
      table.remove(state);
    }
  }

  /** Removes {@code state} from the session. */
  public void remove(InstanceState state) {
    int slot = state.slot;
    if (slot < 0 || slot >= end || order[slot] != state) {
      return;
    }
    if (slot < indexed) {
      byObject.remove(state);
      KeyTable table = byKey[state.model().index()];
      if (table != null) {
        table.remove(state);
      }
    }
    order[slot] = null;
    removed++;
    counts[state.model().index()]--;
    state.slot = -1;
  }

  /** Makes room for {@code more} objects of {@code model}, as a result of that size arrives. */
  public void reserve(EntityModel<?> model, int more) {
    if (end + more > order.length) {
      order = Arrays.copyOf(order, Math.max(order.length * 2, end + more));
    }
  }

  /** The number of objects in the session. */
  public int size() {
    return end - removed;
  }

  /** Whether the session holds no object. */
  public boolean isEmpty() {
    return end == removed;
  }

  /** One past the last position of {@link #at}. */
  public int end() {
    return end;
  }

  /** The state at position {@code position} in session order, or null if it left. */
  public @Nullable InstanceState at(int position) {
    return order[position];
  }

  /** The states in session order, copied. */
  public List<InstanceState> states() {
    List<InstanceState> all = new ArrayList<>(size());
    for (int i = 0; i < end; i++) {
      InstanceState state = order[i];
      if (state != null) {
        all.add(state);
      }
    }
    return all;
  }

  /** Closes the gaps left by removed states (when no one iterates). */
  public void compact() {
    if (removed == 0 || removed < end / 4) {
      return;
    }
    catchUp();
    int next = 0;
    for (int i = 0; i < end; i++) {
      InstanceState state = order[i];
      if (state != null) {
        state.slot = next;
        order[next++] = state;
      }
    }
    Arrays.fill(order, next, end, null);
    end = next;
    indexed = next;
    removed = 0;
  }

  /** Forgets every state. */
  public void clear() {
    byObject.clear();
    for (KeyTable table : byKey) {
      if (table != null) {
        table.clear();
      }
    }
    Arrays.fill(order, 0, end, null);
    Arrays.fill(counts, 0);
    end = 0;
    indexed = 0;
    removed = 0;
  }

  private KeyTable table(EntityModel<?> model) {
    KeyTable table = byKey[model.index()];
    if (table == null) {
      table = new KeyTable(model.integralKey());
      byKey[model.index()] = table;
    }
    return table;
  }
}
