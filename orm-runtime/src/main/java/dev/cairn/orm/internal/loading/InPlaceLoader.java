package dev.cairn.orm.internal.loading;

import dev.cairn.core.CairnException;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Final collection fields ({@code final List<Pet> pets = new ArrayList<>()}): the field cannot hold
 * Cairn's own collection, so it cannot load on access; its elements are put into the collection the
 * object holds, with the result — from the query's join when the relationship was joined, else by
 * one {@code IN (...)} statement per chunk of keys for the whole result. A collection is filled
 * once (when nothing is recorded for it yet); what it held is recorded as for any plain collection.
 */
final class InPlaceLoader {

  /**
   * Fills the unfilled final collections of {@code link} in {@code owners}; returns what it read.
   */
  Batch afterResult(Loading loading, Batch owners, Link link, @Nullable JoinedLoad<?> joined) {
    RelationshipModel relationship = link.relationship();
    int ordinal = relationship.ordinal();
    IdentityMap map = loading.context().identityMap();
    List<InstanceState> unfilled = new ArrayList<>();
    for (Object owner : owners.entities()) {
      InstanceState state = map.state(owner);
      if (state != null
          && state.lifecycle() != EntityState.PENDING
          && state.relatedAt(ordinal) == InstanceState.UNKNOWN) {
        unfilled.add(state);
      }
    }
    if (unfilled.isEmpty()) {
      return Batch.EMPTY;
    }
    if (joined != null && joined.applied(link)) {
      Map<Object, List<Object>> elements = joined.elements(link);
      for (InstanceState state : unfilled) {
        fill(link, state, elements.getOrDefault(state.entity(), List.of()));
      }
      return joined.targets(link);
    }
    Map<Object, List<InstanceState>> byKey = new LinkedHashMap<>();
    for (InstanceState state : unfilled) {
      Object key = loading.ownerKey(link, state.entity(), state);
      if (key == null || key == Loading.UNKNOWN) {
        fill(link, state, List.of());
      } else {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(state);
      }
    }
    if (byKey.isEmpty()) {
      return Batch.EMPTY;
    }
    TargetFetcher.Fetched fetched = loading.fetcher().fetch(link, byKey.keySet());
    byKey.forEach(
        (key, states) -> {
          List<Object> elements = fetched.byKey.getOrDefault(key, List.of());
          for (InstanceState state : states) {
            fill(link, state, elements);
          }
        });
    return fetched.batch();
  }

  /** Replaces the elements of {@code state}'s final collection by {@code elements}. */
  @SuppressWarnings("unchecked")
  private static void fill(Link link, InstanceState state, List<Object> elements) {
    RelationshipModel relationship = link.relationship();
    Object value = relationship.get(state.entity());
    if (!(value instanceof Collection<?> held)) {
      throw new CairnException(
          link.describe()
              + " is a final collection field but holds null, so Cairn cannot fill it; initialise"
              + " it where it is declared (e.g. = new ArrayList<>()) or remove final");
    }
    Collection<Object> collection = (Collection<Object>) held;
    collection.clear();
    collection.addAll(elements);
    state.relate(relationship.ordinal(), elements.toArray());
  }
}
