package dev.cairn.orm.internal.state;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The states by object identity, whatever the objects' {@code equals}: an open-addressing table
 * (linear probing on {@link System#identityHashCode}, backward-shift deletion) holding no entry
 * objects, only two parallel arrays.
 */
final class IdentityTable {

  private static final Object[] NO_OBJECTS = new Object[0];
  private static final InstanceState[] NO_STATES = new InstanceState[0];

  private @Nullable Object[] objects = NO_OBJECTS;
  private @Nullable InstanceState[] states = NO_STATES;
  private int size;

  int size() {
    return size;
  }

  @Nullable InstanceState get(Object object) {
    Object[] keys = objects;
    if (keys.length == 0) {
      return null;
    }
    int mask = keys.length - 1;
    for (int i = mix(object) & mask; ; i = (i + 1) & mask) {
      Object key = keys[i];
      if (key == object) {
        return states[i];
      }
      if (key == null) {
        return null;
      }
    }
  }

  void put(InstanceState state) {
    if (size + 1 > objects.length / 2) {
      resize(Math.max(16, objects.length * 2));
    }
    insert(state.entity(), state);
  }

  void reserve(int more) {
    int needed = size + more;
    if (needed > objects.length / 2) {
      int capacity = Math.max(16, objects.length);
      while (needed > capacity / 2) {
        capacity *= 2;
      }
      resize(capacity);
    }
  }

  void remove(InstanceState state) {
    Object object = state.entity();
    Object[] keys = objects;
    if (keys.length == 0) {
      return;
    }
    int mask = keys.length - 1;
    int i = mix(object) & mask;
    while (keys[i] != object) {
      if (keys[i] == null) {
        return;
      }
      i = (i + 1) & mask;
    }
    int hole = i;
    for (int j = (i + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
      int home = mix(keys[j]) & mask;
      boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
      if (movable) {
        keys[hole] = keys[j];
        states[hole] = states[j];
        hole = j;
      }
    }
    keys[hole] = null;
    states[hole] = null;
    size--;
  }

  void clear() {
    Arrays.fill(objects, null);
    Arrays.fill(states, null);
    size = 0;
  }

  private void insert(Object object, InstanceState state) {
    Object[] keys = objects;
    int mask = keys.length - 1;
    int i = mix(object) & mask;
    while (keys[i] != null && keys[i] != object) {
      i = (i + 1) & mask;
    }
    if (keys[i] == null) {
      size++;
    }
    keys[i] = object;
    states[i] = state;
  }

  private void resize(int capacity) {
    Object[] oldKeys = objects;
    InstanceState[] oldStates = states;
    objects = new Object[capacity];
    states = new InstanceState[capacity];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      Object key = oldKeys[i];
      if (key != null) {
        insert(key, java.util.Objects.requireNonNull(oldStates[i]));
      }
    }
  }

  private static int mix(Object object) {
    int h = System.identityHashCode(object) * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
