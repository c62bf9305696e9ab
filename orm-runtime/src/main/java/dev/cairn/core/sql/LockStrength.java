package dev.cairn.core.sql;

/** How strongly a SELECT locks the rows it reads. */
public enum LockStrength {
  /** Exclusive row locks ({@code FOR UPDATE}). */
  UPDATE,
  /** Shared row locks ({@code FOR SHARE} / {@code LOCK IN SHARE MODE}). */
  SHARE
}
