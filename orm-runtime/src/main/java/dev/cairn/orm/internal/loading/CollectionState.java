package dev.cairn.orm.internal.loading;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Where an ORM collection stands: its owner and relationship, the result it was loaded with (whose
 * other instances load together with it), whether it is loaded, and the raise option that forbids
 * loading it.
 */
final class CollectionState {

  final Object owner;
  final Link link;
  final SessionLoader loader;
  Siblings siblings;
  boolean loaded;
  dev.cairn.orm.@Nullable Load raisedBy;

  CollectionState(Object owner, Link link, SessionLoader loader, Siblings siblings) {
    this.owner = owner;
    this.link = link;
    this.loader = loader;
    this.siblings = siblings;
  }

  /** Loads the collection (with its siblings) unless it is loaded; raises where it must. */
  void ensureLoaded() {
    if (!loaded) {
      // under the session's thread guard, as a query: a second thread fails fast (issue 14)
      loader
          .context()
          .guarded(
              () -> {
                loader.loadOnAccess(this);
                return null;
              });
    }
  }

  /** The elements, for the loader to fill in. */
  interface Filler {
    /** Replaces the elements with {@code elements} and marks the collection loaded. */
    void fill(Collection<?> elements);

    /** The loading state. */
    CollectionState state();
  }
}
