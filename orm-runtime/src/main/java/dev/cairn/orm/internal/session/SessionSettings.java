package dev.cairn.orm.internal.session;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.SessionListener;
import dev.cairn.orm.internal.flush.EntityOrder;
import dev.cairn.orm.internal.flush.EntityPersister;
import dev.cairn.orm.internal.flush.FlushExecutor;
import dev.cairn.orm.internal.flush.FlushPlanner;
import dev.cairn.orm.internal.loading.Links;
import dev.cairn.orm.internal.loading.Readers;
import dev.cairn.orm.internal.state.LifecycleCallbacks;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every session of one factory shares, built once: mapping, engine, options, prebuilt
 * statements per entity, callbacks, the flush planner and executor. Immutable and thread-safe.
 */
public final class SessionSettings {

  /** Keys per batch-loading statement unless configured (as SQLAlchemy's selectin loader). */
  public static final int DEFAULT_LOAD_BATCH_SIZE = 500;

  private final MappingModel mapping;
  private final Engine engine;
  private final int batchSize;
  private final boolean autoflush;
  private final List<SessionListener> listeners;
  private final LifecycleCallbacks callbacks;
  private final EntityPersister[] persisters;
  private final Readers readers;
  private volatile @Nullable FlushPlanner planner;
  private final FlushExecutor executor;
  private final boolean strictLoading;
  private final int loadBatchSize;
  private final Links links;
  private final boolean flushSavepoints;

  /**
   * Builds the shared state: resolves callbacks and statements of every entity; with strict loading
   * (no relationship loads on access) or not, at most {@code loadBatchSize} keys per batch-loading
   * statement, and flush savepoints in managed transactions or not.
   */
  public SessionSettings(
      MappingModel mapping,
      Engine engine,
      int batchSize,
      boolean autoflush,
      List<SessionListener> listeners,
      boolean strictLoading,
      int loadBatchSize,
      boolean flushSavepoints) {
    this.flushSavepoints = flushSavepoints;
    this.strictLoading = strictLoading;
    this.loadBatchSize = loadBatchSize;
    this.links = new Links(mapping);
    this.mapping = mapping;
    this.engine = engine;
    this.batchSize = batchSize;
    this.autoflush = autoflush;
    this.listeners = List.copyOf(listeners);
    this.callbacks = LifecycleCallbacks.of(mapping);
    this.persisters = new EntityPersister[mapping.entities().size()];
    for (EntityModel<?> model : mapping.entities()) {
      persisters[model.index()] = new EntityPersister(model);
    }
    this.readers = new Readers(mapping, links, callbacks);
    this.executor = new FlushExecutor(batchSize);
  }

  /** The mapping. */
  public MappingModel mapping() {
    return mapping;
  }

  /** The engine. */
  public Engine engine() {
    return engine;
  }

  /** Rows per JDBC batch. */
  public int batchSize() {
    return batchSize;
  }

  boolean autoflush() {
    return autoflush;
  }

  List<SessionListener> listeners() {
    return listeners;
  }

  LifecycleCallbacks callbacks() {
    return callbacks;
  }

  EntityPersister persister(EntityModel<?> model) {
    return persisters[model.index()];
  }

  /** The compiled row readers. */
  Readers readers() {
    return readers;
  }

  /**
   * The planner, made on first use: the foreign-key order of the tables is taken from the MetaData
   * then, so foreign keys added to the entity tables after the factory was built count.
   */
  FlushPlanner planner() {
    FlushPlanner made = planner;
    if (made == null) {
      made = new FlushPlanner(callbacks, EntityOrder.ranks(mapping), persisters);
      planner = made;
    }
    return made;
  }

  /** Whether relationships must not load on access. */
  public boolean strictLoading() {
    return strictLoading;
  }

  /** At most this many owner keys go into one batch-loading {@code IN (...)} statement. */
  public int loadBatchSize() {
    return loadBatchSize;
  }

  /** The relationships resolved to columns, shared by the sessions. */
  public Links links() {
    return links;
  }

  /**
   * Whether a flush inside a transaction managed outside Cairn runs under a savepoint, so the
   * transaction stays usable after a failed flush (two more round trips per flush).
   */
  boolean flushSavepoints() {
    return flushSavepoints;
  }

  FlushExecutor executor() {
    return executor;
  }
}
