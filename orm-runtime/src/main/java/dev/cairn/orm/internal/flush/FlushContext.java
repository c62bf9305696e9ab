package dev.cairn.orm.internal.flush;

import dev.cairn.core.engine.Connection;
import dev.cairn.orm.internal.loading.Loading;
import dev.cairn.orm.internal.state.IdentityMap;

/**
 * What the unit of work needs from its session: the states, the connection, relationship loading
 * (for the stored children of deleted objects), and the verbs that cascades apply.
 */
public interface FlushContext {

  /** The session's states. */
  IdentityMap identityMap();

  /** The session's connection, beginning a transaction if none is active. */
  Connection connection();

  /** The session's relationship loading. */
  Loading loading();

  /**
   * Adds an object reached through a save-update cascade; a detached one (it has a key) is taken as
   * unchanged, so only what is changed later is written.
   */
  void addCascaded(Object entity);

  /** Deletes an object as a cascade or an orphan removal does ({@code session.delete}). */
  void deleteCascaded(Object entity);
}
