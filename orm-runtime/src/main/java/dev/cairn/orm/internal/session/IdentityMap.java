package dev.cairn.orm.internal.session;

import dev.cairn.orm.internal.flush.EntityEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The session's objects: by instance identity (in the order they joined the session, which is the
 * flush order within one entity) and by key (one instance per row).
 */
final class IdentityMap {

  private final Map<Ref, EntityEntry> byInstance = new LinkedHashMap<>();
  private final Map<EntityKey, EntityEntry> byKey = new HashMap<>();

  @Nullable EntityEntry entry(Object entity) {
    return byInstance.get(new Ref(entity));
  }

  @Nullable EntityEntry entry(EntityKey key) {
    return byKey.get(key);
  }

  /** Adds {@code entry}, registering its key when known. */
  void add(EntityEntry entry) {
    byInstance.put(new Ref(entry.entity()), entry);
    index(entry);
  }

  /** Registers the key of an entry whose key became known (after its insert). */
  void index(EntityEntry entry) {
    Object key = entry.key();
    if (key != null) {
      byKey.put(new EntityKey(entry.model().javaType(), key), entry);
    }
  }

  void remove(EntityEntry entry) {
    byInstance.remove(new Ref(entry.entity()));
    Object key = entry.key();
    if (key != null) {
      EntityKey mapKey = new EntityKey(entry.model().javaType(), key);
      if (byKey.get(mapKey) == entry) {
        byKey.remove(mapKey);
      }
    }
  }

  /** Forgets the key of {@code entry} (its insert was rolled back). */
  void unindex(EntityEntry entry) {
    Object key = entry.key();
    if (key != null) {
      byKey.remove(new EntityKey(entry.model().javaType(), key), entry);
    }
  }

  /** A copy of the entries, in session order. */
  List<EntityEntry> entries() {
    return new ArrayList<>(byInstance.values());
  }

  /** The live entries, in session order (do not modify the map while iterating). */
  Iterable<EntityEntry> view() {
    return byInstance.values();
  }

  boolean isEmpty() {
    return byInstance.isEmpty();
  }

  void clear() {
    byInstance.clear();
    byKey.clear();
  }

  /** An object compared by identity, whatever its equals. */
  private record Ref(Object object) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Ref ref && ref.object == object;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(object);
    }
  }
}
