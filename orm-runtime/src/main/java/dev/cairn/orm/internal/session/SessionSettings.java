package dev.cairn.orm.internal.session;

import dev.cairn.core.engine.Engine;
import dev.cairn.core.schema.Table;
import dev.cairn.orm.SessionListener;
import dev.cairn.orm.internal.flush.EntityPersister;
import dev.cairn.orm.internal.flush.FlushExecutor;
import dev.cairn.orm.internal.flush.FlushPlanner;
import dev.cairn.orm.internal.flush.LifecycleCallbacks;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every session of one factory shares, built once: mapping, engine, options, prebuilt
 * statements per entity, callbacks, the flush planner and executor. Immutable and thread-safe.
 */
public final class SessionSettings {

  private final MappingModel mapping;
  private final Engine engine;
  private final int batchSize;
  private final boolean autoflush;
  private final List<SessionListener> listeners;
  private final LifecycleCallbacks callbacks;
  private final Map<EntityModel<?>, EntityPersister> persisters;
  private final FlushPlanner planner;
  private final FlushExecutor executor;
  private final QueryBridge queries;

  /** Builds the shared state; resolves callbacks and statements of every entity. */
  public SessionSettings(
      MappingModel mapping,
      Engine engine,
      int batchSize,
      boolean autoflush,
      List<SessionListener> listeners) {
    this.mapping = mapping;
    this.engine = engine;
    this.batchSize = batchSize;
    this.autoflush = autoflush;
    this.listeners = List.copyOf(listeners);
    this.callbacks = LifecycleCallbacks.of(mapping);
    Map<EntityModel<?>, EntityPersister> built = new IdentityHashMap<>();
    for (EntityModel<?> model : mapping.entities()) {
      built.put(model, new EntityPersister(model));
    }
    this.persisters = built;
    this.planner = new FlushPlanner(callbacks, tableRanks(mapping));
    this.executor = new FlushExecutor(batchSize);
    this.queries = QueryBridge.find();
  }

  private static Map<EntityModel<?>, Integer> tableRanks(MappingModel mapping) {
    List<Table> order = mapping.metaData().sortedTables();
    Map<Table, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    Map<EntityModel<?>, Integer> ranks = new HashMap<>();
    for (EntityModel<?> model : mapping.entities()) {
      ranks.put(model, position.getOrDefault(model.table(), Integer.MAX_VALUE));
    }
    return ranks;
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
    EntityPersister persister = persisters.get(model);
    if (persister == null) {
      throw new IllegalStateException("no persister for " + model);
    }
    return persister;
  }

  FlushPlanner planner() {
    return planner;
  }

  FlushExecutor executor() {
    return executor;
  }

  QueryBridge queries() {
    return queries;
  }
}
