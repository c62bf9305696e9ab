package dev.cairn.orm.internal.loading;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The collections of one relationship across the instances of one result: touching one loads all of
 * them at once (one batch statement per chunk of keys), with {@code next} applied to what it loads;
 * with {@code raisedBy} touching one raises instead. One group per result and relationship, shared
 * by its collections.
 *
 * @param loading the session's loading, which runs the load
 * @param link the relationship
 * @param owners the instances of the result (their collections of {@code link} load together)
 * @param next the load plan for the loaded elements
 * @param raisedBy what forbids loading (the query's raise option, or the mapping's {@code load =
 *     RAISE}), or null
 */
public record CollectionGroup(
    Loading loading, Link link, List<?> owners, LoadPlan next, @Nullable String raisedBy) {

  /** Loads {@code collection} and its siblings' (or raises). */
  void load(OrmCollection collection) {
    loading.loadOnAccess(collection);
  }
}
