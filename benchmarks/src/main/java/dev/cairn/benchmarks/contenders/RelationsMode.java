package dev.cairn.benchmarks.contenders;

/** How an ORM contender loads the children in {@code relations-load}. */
public enum RelationsMode {
  /** The ORM's default (Cairn: batch loading for all siblings; Hibernate: lazy, one per parent). */
  DEFAULT,
  /** Cairn's {@code Load.selectin}: a second {@code IN (…)} query, eagerly. */
  SELECTIN,
  /** A join in the parents' query (Cairn's {@code Load.joined}, Hibernate's {@code join fetch}). */
  JOINED,
  /** Hibernate's {@code hibernate.default_batch_fetch_size}: lazy collections loaded in batches. */
  BATCH_SIZE
}
