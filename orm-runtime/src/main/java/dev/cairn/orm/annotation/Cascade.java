package dev.cairn.orm.annotation;

/**
 * Which session operations travel along a relationship, as in SQLAlchemy. The default of every
 * relationship annotation is {@code {SAVE_UPDATE, MERGE}}.
 */
public enum Cascade {
  /** Adding the parent to a session adds the related objects. */
  SAVE_UPDATE,
  /** Merging the parent merges the related objects. */
  MERGE,
  /** Deleting the parent deletes the related objects. */
  DELETE,
  /** Removing a child from the parent's collection deletes the child. */
  DELETE_ORPHAN,
  /** Shorthand for {@code SAVE_UPDATE, MERGE, DELETE}. */
  ALL
}
