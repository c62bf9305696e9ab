package dev.cairn.core.engine;

import java.util.List;

/**
 * The settings an engine was built with.
 *
 * @param listeners execution listeners, in registration order
 * @param echo log every statement at INFO (else at DEBUG)
 * @param logParameters include bound values in log lines
 * @param showParametersInErrors include bound values in exception messages
 * @param statementCacheSize compiled statements kept (0 disables the cache)
 * @param fetchSize rows fetched per round trip when streaming
 * @param batchSize parameter sets sent per {@code executeBatch}
 */
record EngineOptions(
    List<ExecutionListener> listeners,
    boolean echo,
    boolean logParameters,
    boolean showParametersInErrors,
    int statementCacheSize,
    int fetchSize,
    int batchSize) {

  EngineOptions {
    listeners = List.copyOf(listeners);
  }
}
