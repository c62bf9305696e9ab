package dev.cairn.orm.internal.loading;

import dev.cairn.orm.RelationshipCollection;
import java.util.Collection;
import java.util.List;

/**
 * What Cairn's {@code List} and {@code Set} of a collection field share: the owner, the group of
 * siblings it loads with, the loaded elements and what they were at the last load or flush.
 * Modifying the elements records that snapshot first, so an unchanged collection costs nothing at
 * flush.
 */
public interface OrmCollection extends RelationshipCollection {

  /** The entity whose field holds this collection. */
  Object owner();

  /** The relationship of the field. */
  Link link();

  /** Whether the elements were changed since they were loaded or last flushed. */
  boolean modified();

  /** The elements as of the last load or flush; loads the collection if it is not loaded. */
  List<Object> snapshot();

  /** The elements now; loads the collection if it is not loaded. */
  Collection<?> current();

  /** The elements as they are now become the snapshot (after a flush wrote them). */
  void flushed();

  /** The group it loads with. */
  CollectionGroup group();

  /** Moves it to another group (a later result it appears in). */
  void group(CollectionGroup group);

  /** Replaces the elements with loaded ones and marks it loaded and unchanged. */
  void fill(List<Object> elements);
}
