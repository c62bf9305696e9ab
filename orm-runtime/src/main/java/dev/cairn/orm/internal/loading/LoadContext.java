package dev.cairn.orm.internal.loading;

import dev.cairn.core.engine.Connection;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.mapping.EntityModel;

/**
 * What loading needs from a session: its identity map and connection, autoflush, and its options.
 * The session implements it; loading registers the states of the rows it reads in the map itself,
 * so a row does not travel back and forth between the two.
 */
public interface LoadContext {

  /** The session's states. */
  IdentityMap identityMap();

  /** The session's connection, beginning a transaction if none is active (autobegin). */
  Connection connection();

  /** Flushes pending changes if the session autoflushes (before a load on access). */
  void autoflush();

  /** The relationships resolved to columns, shared by every session of the factory. */
  Links links();

  /** The compiled row reader of {@code model}, shared by every session of the factory. */
  <T> EntityReader<T> reader(EntityModel<T> model);

  /** Whether {@code entity} is in this session and the session is open. */
  boolean attached(Object entity);

  /** Whether loading a relationship on access is forbidden (strict loading). */
  boolean strictLoading();

  /** At most this many owner keys go into one batch-loading statement. */
  int loadBatchSize();

  /** Whether objects read by this session keep no snapshot (a read-only session). */
  boolean readOnly();
}
