package dev.cairn.spring.micrometer;

import dev.cairn.orm.FlushStats;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the entities flushes wrote: {@value #INSERTED}, {@value #UPDATED} and {@value #DELETED}.
 */
public final class EntityCounterListener implements SessionListener {

  /** Counter of inserted entities. */
  public static final String INSERTED = "cairn.entities.inserted";

  /** Counter of updated entities. */
  public static final String UPDATED = "cairn.entities.updated";

  /** Counter of deleted entities. */
  public static final String DELETED = "cairn.entities.deleted";

  private final Counter inserted;
  private final Counter updated;
  private final Counter deleted;

  /** A listener counting into {@code registry}. */
  public EntityCounterListener(MeterRegistry registry) {
    this.inserted =
        Counter.builder(INSERTED).description("Entities inserted by flushes").register(registry);
    this.updated =
        Counter.builder(UPDATED).description("Entities updated by flushes").register(registry);
    this.deleted =
        Counter.builder(DELETED).description("Entities deleted by flushes").register(registry);
  }

  @Override
  public void afterFlush(Session session, FlushStats stats) {
    if (stats.inserted() > 0) {
      inserted.increment(stats.inserted());
    }
    if (stats.updated() > 0) {
      updated.increment(stats.updated());
    }
    if (stats.deleted() > 0) {
      deleted.increment(stats.deleted());
    }
  }
}
