package dev.cairn.orm.internal.loading;

import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The loading of to-one references (a field cannot load itself on access, so references load with
 * their result): the unsettled references of a result's instances are looked up in the identity map
 * by their stored foreign-key values, and the rest are read with one {@code IN (...)} statement per
 * chunk of keys. Each reference set here is settled in its owner's state.
 */
final class ReferenceLoader {

  private final Loading loading;

  ReferenceLoader(Loading loading) {
    this.loading = loading;
  }

  /**
   * Sets the unsettled references of {@code link} in {@code entities}; returns the referenced
   * instances of every one of them ({@code all}) or only of those settled now (so cycles end).
   */
  Batch load(List<?> entities, Link link, boolean all) {
    LoadContext context = loading.context();
    IdentityMap map = context.identityMap();
    RelationshipModel relationship = link.relationship();
    int ordinal = relationship.ordinal();
    boolean owning = relationship.owning();
    List<Object> owners = new ArrayList<>();
    List<InstanceState> states = new ArrayList<>();
    for (Object entity : entities) {
      InstanceState state = map.state(entity);
      if (state != null && !state.settled(ordinal) && relationship.get(entity) == null) {
        owners.add(entity);
        states.add(state);
      }
    }
    if (owning && !owners.isEmpty()) {
      loading.fetcher().ensureCaptured(link.owner(), states);
    }
    Map<Object, List<InstanceState>> byKey = new LinkedHashMap<>();
    for (InstanceState state : states) {
      Object owner = state.entity();
      Object key = loading.ownerKey(link, owner, state);
      if (key == Loading.UNKNOWN) {
        continue;
      }
      if (key == null) {
        state.settle(ordinal);
        continue;
      }
      Object cached = owning ? cachedTarget(map, link, key) : null;
      if (cached != null) {
        relationship.set(owner, cached);
        state.settle(ordinal);
      } else {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(state);
      }
    }
    List<InstanceState> fresh = List.of();
    if (!byKey.isEmpty()) {
      TargetFetcher.Fetched fetched = loading.fetcher().fetch(link, byKey.keySet());
      fresh = fetched.fresh;
      byKey.forEach(
          (key, keyOwners) -> {
            List<Object> found = fetched.byKey.get(key);
            Object target = found == null || found.isEmpty() ? null : found.get(0);
            for (InstanceState state : keyOwners) {
              relationship.set(state.entity(), target);
              state.settle(ordinal);
              if (!owning) {
                state.relate(ordinal, target);
              }
            }
          });
    }
    List<Object> targets = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object entity : all ? entities : owners) {
      Object target = relationship.get(entity);
      if (target != null && seen.add(target)) {
        targets.add(target);
      }
    }
    return new Batch(targets, fresh);
  }

  /** The instance in the identity map whose key columns hold {@code key}, or null. */
  private static @Nullable Object cachedTarget(IdentityMap map, Link link, Object key) {
    EntityModel<?> target = link.target();
    List<PropertyModel> ids = target.idProperties();
    if (ids.size() != link.targetColumns().size()) {
      return null;
    }
    if (ids.size() == 1) {
      PropertyModel id = ids.get(0);
      if (id.column() != link.targetColumns().get(0)) {
        return null;
      }
      InstanceState state =
          target.integralKey() && key instanceof Number number
              ? map.findIntegral(target, number.longValue())
              : map.find(target, java.util.Objects.requireNonNull(id.toAttributeValue(key)));
      return state == null ? null : state.entity();
    }
    Object[] parts = new Object[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i).column() != link.targetColumns().get(i)) {
        return null;
      }
      parts[i] = ids.get(i).toAttributeValue(((List<?>) key).get(i));
    }
    InstanceState state = map.find(target, List.of(parts));
    return state == null ? null : state.entity();
  }
}
