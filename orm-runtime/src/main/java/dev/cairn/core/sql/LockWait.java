package dev.cairn.core.sql;

/** What a locking SELECT does when a row is already locked by another transaction. */
public enum LockWait {
  /** Wait for the lock (the default). */
  WAIT,
  /** Fail at once ({@code NOWAIT}). */
  NOWAIT,
  /** Leave locked rows out of the result ({@code SKIP LOCKED}). */
  SKIP_LOCKED
}
