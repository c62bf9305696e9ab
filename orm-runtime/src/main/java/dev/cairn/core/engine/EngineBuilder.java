package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Options for an {@link Engine}: {@code Engine.builder(dataSource).echo(true).build()}. A builder
 * is not thread-safe; the engine it builds is.
 */
public final class EngineBuilder {

  /** Compiled statements kept per engine unless told otherwise. */
  public static final int DEFAULT_STATEMENT_CACHE_SIZE = 500;

  /** Rows fetched per round trip when streaming unless told otherwise. */
  public static final int DEFAULT_FETCH_SIZE = 500;

  /** Parameter sets per JDBC batch unless told otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  private final ConnectionProvider provider;
  private @Nullable AutoCloseable ownedPool;
  private @Nullable Dialect dialect;
  private final List<ExecutionListener> listeners = new ArrayList<>();
  private boolean echo;
  private boolean logParameters = true;
  private boolean showParametersInErrors;
  private int statementCacheSize = DEFAULT_STATEMENT_CACHE_SIZE;
  private int fetchSize = DEFAULT_FETCH_SIZE;
  private int batchSize = DEFAULT_BATCH_SIZE;
  private @Nullable ReadReplicas replicas;

  EngineBuilder(ConnectionProvider provider) {
    this.provider = provider;
  }

  /** Makes the engine close {@code pool} when it is closed (a pool the engine created). */
  EngineBuilder ownedPool(AutoCloseable pool) {
    this.ownedPool = pool;
    return this;
  }

  /** Uses {@code dialect} instead of detecting it from the first connection's metadata. */
  public EngineBuilder dialect(Dialect dialect) {
    this.dialect = dialect;
    return this;
  }

  /** Adds a listener called around every execution; listeners run in the order added. */
  public EngineBuilder listener(ExecutionListener listener) {
    listeners.add(listener);
    return this;
  }

  /**
   * Logs every statement at INFO on logger {@code dev.cairn.sql} (as SQLAlchemy's {@code echo});
   * without it statements are logged at DEBUG.
   */
  public EngineBuilder echo(boolean echo) {
    this.echo = echo;
    return this;
  }

  /** Whether log lines include bound values (default true; they are logged only at DEBUG/echo). */
  public EngineBuilder logParameters(boolean logParameters) {
    this.logParameters = logParameters;
    return this;
  }

  /**
   * Whether exception messages include bound values (default false, so that personal data does not
   * end up in error reports).
   */
  public EngineBuilder showParametersInErrors(boolean show) {
    this.showParametersInErrors = show;
    return this;
  }

  /** Keeps bound values out of both logs and exception messages. */
  public EngineBuilder hideParameters() {
    this.logParameters = false;
    this.showParametersInErrors = false;
    return this;
  }

  /** How many compiled statements to keep (least recently used go first); 0 disables caching. */
  public EngineBuilder statementCacheSize(int size) {
    this.statementCacheSize = requireNotNegative(size, "statementCacheSize");
    return this;
  }

  /** Rows fetched per round trip by {@link Connection#stream}. */
  public EngineBuilder fetchSize(int size) {
    this.fetchSize = requirePositive(size, "fetchSize");
    return this;
  }

  /** Parameter sets sent per JDBC batch by {@link Connection#executeMany}. */
  public EngineBuilder batchSize(int size) {
    this.batchSize = requirePositive(size, "batchSize");
    return this;
  }

  /**
   * Routes read-only work to {@code replicas} ({@link Engine#readOnly}, {@link
   * Engine#connectReadOnly}); everything else stays on the primary. The engine closes the pools
   * {@code replicas} built from URLs when it is closed.
   */
  public EngineBuilder readReplicas(ReadReplicas replicas) {
    this.replicas = replicas;
    return this;
  }

  /** Builds the engine; it connects (to detect the dialect) only when first used. */
  public Engine build() {
    EngineOptions options =
        new EngineOptions(
            listeners,
            echo,
            logParameters,
            showParametersInErrors,
            statementCacheSize,
            fetchSize,
            batchSize);
    return new Engine(provider, options, dialect, ownedPool, replicas);
  }

  private static int requirePositive(int value, String name) {
    if (value <= 0) {
      throw new CairnException(name + " must be positive, got " + value);
    }
    return value;
  }

  private static int requireNotNegative(int value, String name) {
    if (value < 0) {
      throw new CairnException(name + " must not be negative, got " + value);
    }
    return value;
  }
}
