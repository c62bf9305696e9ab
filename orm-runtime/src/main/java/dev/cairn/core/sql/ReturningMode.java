package dev.cairn.core.sql;

/** How a data-changing statement hands back rows. */
public enum ReturningMode {
  /** No rows come back; the result is an update count. */
  NONE,
  /** The SQL has a RETURNING clause; execute it as a query. */
  NATIVE,
  /** The dialect lacks RETURNING; rows come from JDBC generated keys. */
  GENERATED_KEYS
}
