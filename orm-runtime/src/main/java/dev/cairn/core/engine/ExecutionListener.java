package dev.cairn.core.engine;

import org.jspecify.annotations.Nullable;

/**
 * Observes every statement an engine executes: metrics, query counting and tracing plug in here.
 * Called on the executing thread; keep it fast and do not throw.
 */
public interface ExecutionListener {

  /** Called before the statement (or batch) is sent. */
  default void beforeExecute(ExecutionContext context) {}

  /** Called after it finished; {@code failure} is the error it raised, or null on success. */
  default void afterExecute(ExecutionContext context, @Nullable Throwable failure) {}
}
