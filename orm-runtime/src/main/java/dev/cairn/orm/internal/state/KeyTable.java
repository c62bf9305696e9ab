package dev.cairn.orm.internal.state;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The states of one entity by key: an open-addressing table (linear probing, backward-shift
 * deletion) sized for the result being read. A single integral key column is held as a {@code
 * long}, so no key object is made or compared on that path; any other key (a string, a UUID, a
 * composite key's list) is compared with {@code equals}.
 */
final class KeyTable {

  private final boolean integral;
  private long[] longKeys;
  private @Nullable Object[] objectKeys;
  private @Nullable InstanceState[] states;
  private int size;

  KeyTable(boolean integral) {
    this.integral = integral;
    this.states = new InstanceState[16];
    this.longKeys = integral ? new long[16] : new long[0];
    this.objectKeys = integral ? new Object[0] : new Object[16];
  }

  int size() {
    return size;
  }

  /** The state keyed {@code key} (an integral key), or null. */
  @Nullable InstanceState get(long key) {
    InstanceState[] table = states;
    long[] keys = longKeys;
    int mask = table.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      InstanceState state = table[i];
      if (state == null) {
        return null;
      }
      if (keys[i] == key) {
        return state;
      }
    }
  }

  /** The state keyed {@code key}, or null. */
  @Nullable InstanceState get(Object key) {
    if (integral) {
      return key instanceof Number number ? get(number.longValue()) : null;
    }
    InstanceState[] table = states;
    Object[] keys = objectKeys;
    int mask = table.length - 1;
    for (int i = mix(key.hashCode()) & mask; ; i = (i + 1) & mask) {
      InstanceState state = table[i];
      if (state == null) {
        return null;
      }
      if (key.equals(keys[i])) {
        return state;
      }
    }
  }

  /** Registers {@code state} under its key, replacing any other state with that key. */
  void put(InstanceState state) {
    Object key = java.util.Objects.requireNonNull(state.key(), "key");
    if (size + 1 > states.length / 2) {
      resize(states.length * 2);
    }
    insert(key, state);
  }

  /** Makes room for {@code more} states without growing on the way. */
  void reserve(int more) {
    int needed = size + more;
    if (needed > states.length / 2) {
      int capacity = states.length;
      while (needed > capacity / 2) {
        capacity *= 2;
      }
      resize(capacity);
    }
  }

  /** Removes {@code state} if it is the one registered under its key. */
  void remove(InstanceState state) {
    Object key = state.key();
    if (key == null) {
      return;
    }
    int i = find(key);
    if (i < 0 || states[i] != state) {
      return;
    }
    deleteAt(i);
  }

  void clear() {
    Arrays.fill(states, null);
    if (!integral) {
      Arrays.fill(objectKeys, null);
    }
    size = 0;
  }

  private void insert(Object key, InstanceState state) {
    InstanceState[] table = states;
    int mask = table.length - 1;
    if (integral) {
      long value = ((Number) key).longValue();
      int i = mix(value) & mask;
      while (table[i] != null && longKeys[i] != value) {
        i = (i + 1) & mask;
      }
      if (table[i] == null) {
        size++;
      }
      longKeys[i] = value;
      table[i] = state;
      return;
    }
    int i = mix(key.hashCode()) & mask;
    while (table[i] != null && !key.equals(objectKeys[i])) {
      i = (i + 1) & mask;
    }
    if (table[i] == null) {
      size++;
    }
    objectKeys[i] = key;
    table[i] = state;
  }

  private int find(Object key) {
    InstanceState[] table = states;
    int mask = table.length - 1;
    if (integral) {
      if (!(key instanceof Number number)) {
        return -1;
      }
      long value = number.longValue();
      for (int i = mix(value) & mask; table[i] != null; i = (i + 1) & mask) {
        if (longKeys[i] == value) {
          return i;
        }
      }
      return -1;
    }
    for (int i = mix(key.hashCode()) & mask; table[i] != null; i = (i + 1) & mask) {
      if (key.equals(objectKeys[i])) {
        return i;
      }
    }
    return -1;
  }

  /** Deletes slot {@code i} and shifts back the entries of its probe run (no tombstones). */
  private void deleteAt(int i) {
    InstanceState[] table = states;
    int mask = table.length - 1;
    int hole = i;
    for (int j = (i + 1) & mask; table[j] != null; j = (j + 1) & mask) {
      int home = integral ? mix(longKeys[j]) & mask : mix(objectKeys[j].hashCode()) & mask;
      boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
      if (movable) {
        table[hole] = table[j];
        if (integral) {
          longKeys[hole] = longKeys[j];
        } else {
          objectKeys[hole] = objectKeys[j];
        }
        hole = j;
      }
    }
    table[hole] = null;
    if (!integral) {
      objectKeys[hole] = null;
    }
    size--;
  }

  private void resize(int capacity) {
    InstanceState[] old = states;
    long[] oldLongs = longKeys;
    Object[] oldObjects = objectKeys;
    states = new InstanceState[capacity];
    if (integral) {
      longKeys = new long[capacity];
    } else {
      objectKeys = new Object[capacity];
    }
    size = 0;
    for (int i = 0; i < old.length; i++) {
      InstanceState state = old[i];
      if (state != null) {
        insert(integral ? (Object) oldLongs[i] : oldObjects[i], state);
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
