package dev.cairn.core;

/** What kind of failure a database reported, decided from its SQLState and vendor code. */
public enum ErrorKind {
  /** A UNIQUE or PRIMARY KEY constraint rejected a duplicate value. */
  UNIQUE_VIOLATION,
  /** A FOREIGN KEY constraint rejected a missing parent or a referenced child. */
  FOREIGN_KEY_VIOLATION,
  /** Another integrity constraint (NOT NULL, CHECK, value too long) rejected the data. */
  INTEGRITY_VIOLATION,
  /** A deadlock or serialization failure; retrying the whole transaction may succeed. */
  DEADLOCK,
  /** A lock could not be acquired in time (or at once, with NOWAIT). */
  LOCK_TIMEOUT,
  /** The connection to the database failed or was lost. */
  CONNECTION_FAILURE,
  /**
   * No pooled connection became free within the pool's timeout (no statement ran); retrying later
   * may succeed.
   */
  POOL_TIMEOUT,
  /** The statement ran longer than its timeout, or was cancelled; retrying may succeed. */
  TIMEOUT,
  /** The SQL text is malformed or names a table, column or function that does not exist. */
  SYNTAX_OR_UNKNOWN_OBJECT,
  /** Any other failure. */
  OTHER
}
