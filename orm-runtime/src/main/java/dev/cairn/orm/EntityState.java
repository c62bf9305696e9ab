package dev.cairn.orm;

/** Where an object stands relative to a {@link Session}, as in SQLAlchemy. */
public enum EntityState {
  /** Not in the session and never saved by it (or its insert was rolled back). */
  TRANSIENT,
  /** Added to the session; inserted at the next flush. */
  PENDING,
  /** In the session's identity map with a row in the database. */
  PERSISTENT,
  /** Marked for deletion; deleted (or already deleted) by a flush, not yet committed. */
  DELETED,
  /** Was persistent, no longer in the session (expunged, cleared, deleted and committed). */
  DETACHED
}
