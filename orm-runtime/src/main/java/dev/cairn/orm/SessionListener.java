package dev.cairn.orm;

/**
 * Observes the unit of work of every session of a {@link SessionFactory}: register with {@code
 * SessionFactory.Builder.listener}. Methods run on the session's thread; an exception thrown by
 * {@link #beforeFlush} aborts the flush.
 */
public interface SessionListener {

  /** Called before a flush that has work to do computes its statements; may change entities. */
  default void beforeFlush(Session session) {}

  /** Called after a flush wrote its statements successfully. */
  default void afterFlush(Session session) {}

  /**
   * Called after every flush that {@link #beforeFlush} announced and that succeeded, with how many
   * entities it wrote ({@link FlushStats#EMPTY} when nothing had changed).
   */
  default void afterFlush(Session session, FlushStats stats) {}

  /**
   * Called when a flush that {@link #beforeFlush} announced failed (also when a listener's {@code
   * beforeFlush} aborted it), before the failure propagates; must not throw.
   */
  default void afterFlushFailure(Session session, Throwable failure) {}

  /** Called after the session's transaction committed. */
  default void afterCommit(Session session) {}

  /** Called after the session's transaction was rolled back. */
  default void afterRollback(Session session) {}
}
