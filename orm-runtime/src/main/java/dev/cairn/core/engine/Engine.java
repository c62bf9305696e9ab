package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.InvalidUsageException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.retry.Commits;
import dev.cairn.core.retry.RetryPolicy;
import dev.cairn.core.schema.DdlDialect;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.schema.SchemaSource;
import dev.cairn.core.schema.Table;
import dev.cairn.core.schema.reflect.Inspector;
import dev.cairn.core.sql.CompiledStatement;
import dev.cairn.core.sql.Statement;
import dev.cairn.core.sql.StatementKind;
import dev.cairn.core.sql.type.SqlType;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The starting point of Cairn Core, as SQLAlchemy's {@code Engine}: a source of {@link Connection}s
 * (over a HikariCP pool or a given {@link DataSource}), the dialect of the database behind it, a
 * cache of compiled statements, and the logging and listener settings. Thread-safe; create one per
 * database and share it.
 *
 * <pre>{@code
 * Engine engine = Engine.create("jdbc:postgresql://localhost/app", "app", "secret");
 * engine.transaction(connection -> connection.execute(insert));
 * }</pre>
 */
public final class Engine implements SchemaSource, AutoCloseable {

  private final ConnectionProvider provider;
  private final EngineOptions options;
  private final @Nullable Dialect configuredDialect;
  private final @Nullable AutoCloseable ownedPool;
  private final @Nullable ReplicaRouting routing;
  private final Object lock = new Object();
  private volatile @Nullable StatementRunner runner;
  private volatile @Nullable StatementRunner replicaRunner;
  private volatile boolean closed;

  Engine(
      ConnectionProvider provider,
      EngineOptions options,
      @Nullable Dialect dialect,
      @Nullable AutoCloseable ownedPool,
      @Nullable ReadReplicas replicas) {
    this.provider = provider;
    this.options = options;
    this.configuredDialect = dialect;
    this.ownedPool = ownedPool;
    this.routing = replicas == null ? null : new ReplicaRouting(replicas);
  }

  /** An engine over a new HikariCP pool for {@code jdbcUrl} (credentials in the URL, if any). */
  public static Engine create(String jdbcUrl) {
    return create(jdbcUrl, null, null);
  }

  /** An engine over a new HikariCP pool for {@code jdbcUrl}, logging in as {@code user}. */
  public static Engine create(String jdbcUrl, @Nullable String user, @Nullable String password) {
    return builderForUrl(jdbcUrl, user, password).build();
  }

  /** A builder for an engine over a new HikariCP pool, for options beyond the URL. */
  public static EngineBuilder builderForUrl(
      String jdbcUrl, @Nullable String user, @Nullable String password) {
    var pool = HikariPools.create(jdbcUrl, user, password);
    return new EngineBuilder(ConnectionProvider.of(pool)).ownedPool(pool);
  }

  /** An engine over {@code dataSource}, which the engine uses but never closes. */
  public static Engine of(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /** A builder for an engine over {@code dataSource} (not closed by the engine). */
  public static EngineBuilder builder(DataSource dataSource) {
    return new EngineBuilder(ConnectionProvider.of(dataSource));
  }

  /** A builder for an engine over connections from {@code provider} (e.g. Spring-managed). */
  public static EngineBuilder builder(ConnectionProvider provider) {
    return new EngineBuilder(provider);
  }

  /** The dialect: as configured, else detected once from the first connection's metadata. */
  @Override
  public Dialect dialect() {
    return runner().dialect();
  }

  @Override
  public DdlDialect ddlDialect() {
    return dialect().ddl();
  }

  /**
   * A new connection; close it (try-with-resources) to give the JDBC connection back. Inside {@link
   * #readOnly} it is {@link #connectReadOnly()}'s.
   */
  public Connection connect() {
    requireOpen();
    if (routing != null && routing.inReadOnlyScope()) {
      return connectReadOnly();
    }
    return new DefaultConnection(this, runner(), provider);
  }

  /**
   * A connection for read-only work: to the next reachable read replica when the engine has {@link
   * EngineBuilder#readReplicas}, else to the primary. When no replica answers it is a connection to
   * the primary, or a {@link ConnectionFailureException} naming the replicas, as {@link
   * ReadReplicas#fallback()} says. Replicas lag behind the primary: what was just committed may not
   * be visible yet.
   */
  public Connection connectReadOnly() {
    requireOpen();
    StatementRunner primaryRunner = runner();
    if (routing == null) {
      return new DefaultConnection(this, primaryRunner, provider);
    }
    return routing.connect(
        () -> new DefaultConnection(this, runner(ConnectionTarget.REPLICA), routing),
        () -> new DefaultConnection(this, primaryRunner, provider));
  }

  /**
   * Runs {@code work} with this thread's connections routed to the read replicas: every {@link
   * #connect()} while it runs (a session's too) is a {@link #connectReadOnly()}. Without replicas
   * the work runs on the primary as usual.
   *
   * <pre>{@code
   * List<User> users = engine.readOnly(() -> {
   *   try (Session session = sessions.openSession()) {
   *     return session.query(User.class).all();
   *   }
   * });
   * }</pre>
   */
  public <R> R readOnly(Supplier<R> work) {
    return routing == null ? work.get() : routing.readOnly(work);
  }

  /** The read replicas this engine routes read-only work to, or null. */
  public @Nullable ReadReplicas readReplicas() {
    return routing == null ? null : routing.replicas();
  }

  /**
   * Runs {@code work} in a transaction: commits when it returns, rolls back when it throws. With a
   * provider that manages transactions externally, the work joins that transaction instead.
   */
  public void transaction(Consumer<Connection> work) {
    transactionResult(
        connection -> {
          work.accept(connection);
          return null;
        });
  }

  /** {@link #transaction(Consumer)} for work that returns a value. */
  public <R> R transactionResult(Function<Connection, R> work) {
    try (Connection connection = connect()) {
      R result = work.apply(connection);
      if (!provider.managesTransactions()) {
        connection.commit();
      }
      return result;
    }
  }

  /**
   * {@link #transaction(Consumer)} under a retry policy: each attempt runs {@code work} on a new
   * connection in a new transaction; a failure the policy retries rolls the attempt back, and after
   * a back-off the work runs again from the start. A connection lost during the commit is not
   * retried (see {@link RetryPolicy}). Fails when the provider manages transactions (Spring): retry
   * a whole {@code @Transactional} method there instead.
   */
  public void transaction(RetryPolicy policy, Consumer<Connection> work) {
    transactionResult(
        policy,
        connection -> {
          work.accept(connection);
          return null;
        });
  }

  /** {@link #transaction(RetryPolicy, Consumer)} for work that returns a value. */
  public <R> R transactionResult(RetryPolicy policy, Function<Connection, R> work) {
    return policy.execute(
        "transaction",
        () -> {
          if (provider.managesTransactions()) {
            throw new CairnException(
                "Cannot retry a transaction inside a transaction managed by "
                    + provider
                    + "; an attempt cannot be rolled back on its own. Retry the whole outer"
                    + " transaction (under Spring: @Retryable around the @Transactional method)");
          }
          try (Connection connection = connect()) {
            R result = work.apply(connection);
            Commits.run(connection::commit);
            return result;
          }
        });
  }

  /** {@code statement} compiled for this engine's dialect, from the statement cache. */
  public CompiledStatement compile(Statement statement) {
    return runner().plan(statement).compiled;
  }

  /** How many compiled statements the cache holds now. */
  public int cachedStatements() {
    return runner().cachedPlans();
  }

  /**
   * Reads the schema of this engine's database, as SQLAlchemy's {@code inspect(engine)}: table and
   * sequence names, and each table's columns, keys, constraints and indexes, through the dialect's
   * catalog queries (logged and translated like every statement).
   */
  public Inspector inspector() {
    Dialect dialect = dialect();
    return new Inspector(dialect, dialect.catalog(), new EngineCatalogAccess(this));
  }

  @Override
  public boolean tableExists(String tableName) {
    return inspector().hasTable(tableName);
  }

  @Override
  public boolean sequenceExists(String sequenceName) {
    if (!ddlDialect().supportsSequences()) {
      return false;
    }
    return inspector().hasSequence(sequenceName);
  }

  @Override
  public List<String> tableNames() {
    return inspector().tableNames();
  }

  @Override
  public List<Table> reflect(MetaData metaData, @Nullable Collection<String> tableNames) {
    return inspector().reflect(metaData, tableNames);
  }

  @Override
  public SqlType<?> storedType(SqlType<?> declared) {
    Dialect dialect = dialect();
    return dialect.catalog().typeOf(dialect.types().ddlTypeName(declared));
  }

  /**
   * Runs DDL statements in order in one transaction, committed at the end (databases that commit
   * DDL implicitly, such as MySQL and MariaDB, cannot undo earlier statements when a later fails).
   */
  @Override
  public void executeDdl(List<String> statements) {
    try (Connection connection = connect()) {
      for (String sql : statements) {
        runner().executeRaw(connection.unwrap(), sql, StatementKind.DDL);
      }
      if (!provider.managesTransactions()) {
        connection.commit();
      }
    }
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /** Closes the pool this engine created; a given data source or provider is left open. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (routing != null) {
      routing.replicas().close();
    }
    if (ownedPool != null) {
      try {
        ownedPool.close();
      } catch (Exception e) {
        throw new CairnException("Closing the connection pool of this engine failed", e);
      }
    }
  }

  /** The runner for connections to {@code target}: one plan cache, executions tagged by target. */
  StatementRunner runner(ConnectionTarget target) {
    StatementRunner primary = runner();
    if (target == ConnectionTarget.PRIMARY) {
      return primary;
    }
    StatementRunner current = replicaRunner;
    if (current == null) {
      current = new StatementRunner(primary, target);
      replicaRunner = current;
    }
    return current;
  }

  private StatementRunner runner() {
    StatementRunner current = runner;
    if (current != null) {
      return current;
    }
    synchronized (lock) {
      if (runner == null) {
        requireOpen();
        runner = new StatementRunner(detectDialect(), options);
      }
      return runner;
    }
  }

  private Dialect detectDialect() {
    if (configuredDialect != null) {
      return configuredDialect;
    }
    java.sql.Connection connection;
    try {
      connection = provider.acquire();
    } catch (SQLException e) {
      if (AcquireErrors.isPoolTimeout(e)) {
        throw AcquireErrors.translate(e, provider, null);
      }
      throw new ConnectionFailureException(
          "Could not connect to detect the database dialect ("
              + e.getMessage()
              + " [SQLState "
              + e.getSQLState()
              + ", vendor code "
              + e.getErrorCode()
              + "]); check the URL, credentials and that the server runs",
          null,
          e);
    }
    try {
      return Dialects.detect(connection.getMetaData());
    } catch (SQLException e) {
      throw new CairnException("Could not read connection metadata to detect the dialect", e);
    } finally {
      try {
        provider.release(connection);
      } catch (SQLException ignored) {
        // the dialect is known; a failed release surfaces on the next connection
      }
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new InvalidUsageException("This Engine is closed; create a new one");
    }
  }

  @Override
  public String toString() {
    StatementRunner current = runner;
    return "Engine(" + (current == null ? "dialect not yet detected" : current.dialect()) + ")";
  }
}
