package dev.cairn.core.engine;

/** What read-only work does when no read replica can be reached. */
public enum ReplicaFallback {
  /** Run on the primary instead, logging a warning once per outage (the default). */
  PRIMARY,
  /** Fail with a {@link dev.cairn.core.ConnectionFailureException} that names the replicas. */
  FAIL
}
