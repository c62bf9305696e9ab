package dev.cairn.orm;

import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.EngineBuilder;
import dev.cairn.core.retry.Commits;
import dev.cairn.core.retry.RetryPolicy;
import dev.cairn.core.schema.SchemaProblem;
import dev.cairn.orm.annotation.AttributeConverter;
import dev.cairn.orm.internal.session.DefaultSession;
import dev.cairn.orm.internal.session.SessionSettings;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.orm.mapping.NamingStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Built once per application from an {@link Engine} and the entity classes: holds the mapping and
 * the statements prebuilt for every entity, and opens {@link Session}s. Thread-safe.
 *
 * <pre>{@code
 * SessionFactory sessions = SessionFactory.builder(engine).entities(User.class).build();
 * sessions.createAll();
 * try (Session session = sessions.openSession()) { ... }
 * }</pre>
 */
public final class SessionFactory {

  private final SessionSettings settings;
  private final boolean strictLoading;

  private SessionFactory(SessionSettings settings, boolean strictLoading) {
    this.settings = settings;
    this.strictLoading = strictLoading;
  }

  /** Starts a factory on {@code engine}. */
  public static Builder builder(Engine engine) {
    return new Builder(engine);
  }

  /** A new session; it takes a connection from the engine when first used. */
  public Session openSession() {
    return new DefaultSession(settings, SessionOptions.defaults());
  }

  /**
   * A new session with {@code options}, e.g. {@code openSession(SessionOptions.readOnly())} for a
   * read-only session that keeps no snapshots and never flushes.
   */
  public Session openSession(SessionOptions options) {
    return new DefaultSession(settings, options);
  }

  /**
   * A session inside a transaction managed outside Cairn (by Spring, say), on connections of an
   * engine whose {@code ConnectionProvider} manages transactions: its {@code commit()} and {@code
   * rollback()} fail with a message ending in {@code hint} (what to do instead). A failed flush
   * leaves the outer transaction only fit to roll back (as JPA marks it rollback-only), unless the
   * factory was built with {@link Builder#flushSavepoints(boolean) flushSavepoints(true)}.
   */
  public ManagedSession openManagedSession(String hint) {
    return new DefaultSession(settings, SessionOptions.defaults(), hint);
  }

  /** {@link #openManagedSession(String)} with {@code options} (a read-only transaction, say). */
  public ManagedSession openManagedSession(String hint, SessionOptions options) {
    return new DefaultSession(settings, options, hint);
  }

  /** Creates the tables (and sequences) of every entity that do not exist yet. */
  public void createAll() {
    settings.mapping().metaData().createAll(settings.engine());
  }

  /** Drops the tables (and sequences) of every entity that exist, children first. */
  public void dropAll() {
    settings.mapping().metaData().dropAll(settings.engine());
  }

  /**
   * How the database differs from the entities' tables ({@code MetaData.validate}): missing tables
   * and columns and columns of another type are errors, nullability and size differences warnings;
   * each names the table and column and says what to do. Empty when the database matches.
   */
  public List<SchemaProblem> validateSchema() {
    return settings.mapping().metaData().validate(settings.engine());
  }

  /** The mapping of every entity. */
  public MappingModel mapping() {
    return settings.mapping();
  }

  /** The engine sessions run on. */
  public Engine engine() {
    return settings.engine();
  }

  /** The number of rows a flush sends per JDBC batch. */
  public int batchSize() {
    return settings.batchSize();
  }

  /** Whether strict loading was requested (see {@link Builder#strictLoading}). */
  public boolean strictLoading() {
    return strictLoading;
  }

  /**
   * Runs {@code work} in a transaction of its own, retried under {@code policy}: each attempt opens
   * a new session (nothing loaded by a failed attempt survives into the next), runs the work,
   * flushes and commits; a failure the policy retries closes the session, rolling the attempt back,
   * and the work runs again after a back-off. A connection lost during the commit is not retried
   * ({@link dev.cairn.core.CommitOutcomeUnknownException}) unless the policy allows it; when every
   * attempt failed, a {@link dev.cairn.core.RetriesExhaustedException} names them.
   *
   * <pre>{@code
   * long balance = sessions.inTransaction(RetryPolicy.defaults(), session -> {
   *   Account from = session.get(Account.class, fromId);
   *   Account to = session.get(Account.class, toId);
   *   from.withdraw(amount);
   *   to.deposit(amount);
   *   return from.balance();
   * });
   * }</pre>
   */
  public <R> R inTransaction(RetryPolicy policy, Function<Session, R> work) {
    return policy.execute(
        "transaction",
        () -> {
          Session session = openSession();
          R result;
          try {
            result = work.apply(session);
            session.flush();
            Commits.run(session::commit);
          } catch (RuntimeException | Error e) {
            closeAfterFailure(session, e);
            throw e;
          }
          session.close();
          return result;
        });
  }

  /** {@link #inTransaction(RetryPolicy, Function)} for work that returns nothing. */
  public void runInTransaction(RetryPolicy policy, Consumer<Session> work) {
    inTransaction(
        policy,
        session -> {
          work.accept(session);
          return null;
        });
  }

  private static void closeAfterFailure(Session session, Throwable failure) {
    try {
      session.close();
    } catch (RuntimeException closing) {
      failure.addSuppressed(closing);
    }
  }

  /** Collects entities and options; {@link #build()} makes the factory. Not thread-safe. */
  public static final class Builder {

    private final Engine engine;
    private final MappingModel.Builder mapping = MappingModel.builder();
    private final List<SessionListener> listeners = new ArrayList<>();
    private int batchSize = EngineBuilder.DEFAULT_BATCH_SIZE;
    private boolean strictLoading;
    private int loadBatchSize = SessionSettings.DEFAULT_LOAD_BATCH_SIZE;
    private boolean autoflush = true;
    private boolean flushSavepoints;

    private Builder(Engine engine) {
      this.engine = engine;
    }

    /** Registers entity classes. */
    public Builder entities(Class<?>... entityClasses) {
      mapping.entities(entityClasses);
      return this;
    }

    /** Registers the {@code @Entity} classes of {@code packages} and their sub-packages. */
    public Builder scan(String... packages) {
      mapping.scan(packages);
      return this;
    }

    /** Replaces the naming strategy for tables and columns (default snake_case). */
    public Builder namingStrategy(NamingStrategy namingStrategy) {
      mapping.namingStrategy(namingStrategy);
      return this;
    }

    /** Stores every field of {@code type} through {@code converter}. */
    public <A> Builder converter(Class<A> type, AttributeConverter<A, ?> converter) {
      mapping.converter(type, converter);
      return this;
    }

    /**
     * How many rows a flush sends per JDBC batch or multi-row INSERT (default 500); the engine's
     * own batch size can split a batch further.
     */
    public Builder batchSize(int size) {
      if (size < 1) {
        throw new dev.cairn.core.CairnException(
            "batchSize must be at least 1, was " + size + "; pass a positive number");
      }
      this.batchSize = size;
      return this;
    }

    /**
     * Whether touching an unloaded relationship raises instead of loading it (default false): every
     * load must then be asked for with a query option ({@link Load}); for tests and development.
     */
    public Builder strictLoading(boolean strict) {
      this.strictLoading = strict;
      return this;
    }

    /**
     * At most how many parent keys one batch-loading {@code IN (...)} statement carries (default
     * 500, as SQLAlchemy's selectin loader); the dialect's bind parameter limit divided by the key
     * columns lowers it further. A load of 1,000 parents costs two statements by default.
     */
    public Builder loadBatchSize(int size) {
      if (size < 1) {
        throw new dev.cairn.core.CairnException(
            "loadBatchSize must be at least 1, was " + size + "; pass a positive number");
      }
      this.loadBatchSize = size;
      return this;
    }

    /** Whether queries and {@code execute} flush pending changes first (default true). */
    public Builder autoflush(boolean enabled) {
      this.autoflush = enabled;
      return this;
    }

    /**
     * Whether every flush inside a transaction managed outside Cairn (Spring's) runs under a
     * savepoint (default false): a failed flush then leaves the transaction usable, at two more
     * round trips per flush. Without it a failed flush dooms the transaction, which can only roll
     * back. Plain sessions protect a flush with a savepoint only when their transaction already
     * wrote something.
     */
    public Builder flushSavepoints(boolean enabled) {
      this.flushSavepoints = enabled;
      return this;
    }

    /** Adds a listener to every session's flushes and transactions. */
    public Builder listener(SessionListener listener) {
      listeners.add(listener);
      return this;
    }

    /** Builds the mapping (failing on a bad declaration) and the factory. */
    public SessionFactory build() {
      MappingModel model = mapping.build();
      return new SessionFactory(
          new SessionSettings(
              model,
              engine,
              batchSize,
              autoflush,
              listeners,
              strictLoading,
              loadBatchSize,
              flushSavepoints),
          strictLoading);
    }
  }
}
