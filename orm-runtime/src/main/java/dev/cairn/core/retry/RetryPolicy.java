package dev.cairn.core.retry;

import dev.cairn.core.CairnException;
import dev.cairn.core.CommitOutcomeUnknownException;
import dev.cairn.core.DatabaseException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.RetriesExhaustedException;
import dev.cairn.core.dialect.ErrorClassifier;
import dev.cairn.core.dialect.SqlStateErrorClassifier;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * When and how often to run a transaction again after the database aborted it with a transient
 * error. Immutable and thread-safe; build one with {@link #builder()} and share it.
 *
 * <p>By default a failure is retried when it is a deadlock or serialization failure (SQLState
 * 40001/40P01, MariaDB's 1213, which is also how Galera reports a certification conflict) or a
 * connection failure before the commit; at most {@value #DEFAULT_MAX_ATTEMPTS} attempts, backing
 * off exponentially from 20 ms to at most 1 s, each back-off shortened by a random part of up to
 * half (jitter) so that the losers of one conflict do not collide again. A connection lost during
 * the commit leaves the outcome unknown and is never retried unless {@link
 * Builder#retryUnknownCommitOutcome} says so.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxAttempts(8).build();
 * long id = sessionFactory.inTransaction(policy, session -> transfer(session, from, to, amount));
 * }</pre>
 */
public final class RetryPolicy {

  /** Attempts (the first included) unless told otherwise. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  /** The most attempts a policy may allow. */
  public static final int MAX_ATTEMPTS_LIMIT = 100;

  private static final ErrorClassifier STANDARD = new SqlStateErrorClassifier();
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final int MAX_CAUSE_DEPTH = 16;

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final double multiplier;
  private final Duration maxBackoff;
  private final double jitter;
  private final Set<ErrorKind> retryOn;
  private final boolean retryUnknownCommitOutcome;
  private final List<Class<? extends Throwable>> retryTypes;
  private final List<RetryListener> listeners;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.multiplier = builder.multiplier;
    this.maxBackoff = builder.maxBackoff;
    this.jitter = builder.jitter;
    this.retryOn = Set.copyOf(builder.retryOn);
    this.retryUnknownCommitOutcome = builder.retryUnknownCommitOutcome;
    this.retryTypes = List.copyOf(builder.retryTypes);
    this.listeners = List.copyOf(builder.listeners);
  }

  /** The default policy (see the class description). */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A policy that makes one attempt and never retries. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy's settings. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxAttempts = maxAttempts;
    builder.initialBackoff = initialBackoff;
    builder.multiplier = multiplier;
    builder.maxBackoff = maxBackoff;
    builder.jitter = jitter;
    builder.retryOn = retryOn.isEmpty() ? EnumSet.noneOf(ErrorKind.class) : EnumSet.copyOf(retryOn);
    builder.retryUnknownCommitOutcome = retryUnknownCommitOutcome;
    builder.retryTypes.addAll(retryTypes);
    builder.listeners.addAll(listeners);
    return builder;
  }

  /** At most how many attempts are made, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The back-off before the first retry, before jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** By how much each back-off grows over the previous one. */
  public double multiplier() {
    return multiplier;
  }

  /** The longest back-off, before jitter. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The largest fraction (0 to 1) by which a back-off is randomly shortened. */
  public double jitter() {
    return jitter;
  }

  /** The kinds of failure that are retried. */
  public Set<ErrorKind> retryOn() {
    return retryOn;
  }

  /** The exception types retried whatever their kind ({@link Builder#retryOnType}). */
  public List<Class<? extends Throwable>> retryTypes() {
    return retryTypes;
  }

  /** Whether a connection lost during the commit is retried (see {@link Builder}). */
  public boolean retryUnknownCommitOutcome() {
    return retryUnknownCommitOutcome;
  }

  /**
   * The kind of transient failure {@code failure} reports if this policy retries it, else null. The
   * cause chain is searched for a Cairn {@link DatabaseException} (so a Spring exception that wraps
   * one is judged by it); a raw {@link SQLException} found first is classified by its standard
   * SQLState; an exception of one of the {@link #retryTypes()} is retried as {@code OTHER}.
   * SQLState 40003 (statement completion unknown: CockroachDB's ambiguous result) is never retried.
   */
  public @Nullable ErrorKind retryableKind(Throwable failure) {
    return retryableKind(failure, STANDARD);
  }

  /**
   * As {@link #retryableKind(Throwable)}, classifying a raw {@link SQLException} with {@code
   * classifier} (a dialect's {@code errors()}, which knows the vendor codes).
   */
  public @Nullable ErrorKind retryableKind(Throwable failure, ErrorClassifier classifier) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
      if (current instanceof RetriesExhaustedException) {
        return null;
      }
      for (Class<? extends Throwable> type : retryTypes) {
        if (type.isInstance(current)) {
          return ErrorKind.OTHER;
        }
      }
      if (current instanceof CommitOutcomeUnknownException) {
        return retryUnknownCommitOutcome && retryOn.contains(ErrorKind.CONNECTION_FAILURE)
            ? ErrorKind.CONNECTION_FAILURE
            : null;
      }
      if (current instanceof DatabaseException database
          && Commits.STATEMENT_COMPLETION_UNKNOWN.equals(database.sqlState())) {
        return null;
      }
      if (current instanceof SQLException sql
          && Commits.STATEMENT_COMPLETION_UNKNOWN.equals(sql.getSQLState())) {
        return null;
      }
      if (current instanceof DatabaseException database) {
        ErrorKind kind =
            Commits.lostConnection(database) ? ErrorKind.CONNECTION_FAILURE : database.kind();
        return retryOn.contains(kind) ? kind : null;
      }
      if (current instanceof SQLException sql) {
        ErrorKind kind = classifier.classify(sql);
        return retryOn.contains(kind) ? kind : null;
      }
      current = current.getCause();
    }
    return null;
  }

  /** Whether this policy retries {@code failure} (see {@link #retryableKind(Throwable)}). */
  public boolean isRetryable(Throwable failure) {
    return retryableKind(failure) != null;
  }

  /**
   * How long to wait before retry number {@code retry} (1 for the second attempt): the initial
   * back-off times the multiplier to the power {@code retry - 1}, at most the maximum, shortened by
   * a random fraction of up to {@link #jitter()}.
   */
  public Duration backoff(int retry) {
    return backoff(retry, ThreadLocalRandom.current().nextDouble());
  }

  /** {@link #backoff(int)} with the random number {@code random} (0 inclusive to 1 exclusive). */
  Duration backoff(int retry, double random) {
    double base = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, retry - 1));
    double capped = Math.min(base, maxBackoff.toNanos());
    return Duration.ofNanos((long) (capped * (1 - jitter * random)));
  }

  /**
   * Runs {@code attempt} until it returns, at most {@link #maxAttempts()} times: after a failure
   * this policy retries, the listeners are told and the thread backs off; any other failure is
   * thrown as it is (with the failures of earlier attempts as suppressed exceptions). When the last
   * allowed attempt fails too, a {@link RetriesExhaustedException} names the attempts made and has
   * the last failure as its cause. Each attempt must start from scratch (a new session, a new
   * connection): nothing of a failed attempt may be reused.
   *
   * @param what what is retried, for messages and {@link RetryEvent#what()} ("transaction")
   */
  public <R> R execute(String what, Supplier<R> attempt) {
    return new Attempts(this, what).run(attempt);
  }

  List<RetryListener> listeners() {
    return listeners;
  }

  @Override
  public String toString() {
    return "RetryPolicy(maxAttempts="
        + maxAttempts
        + ", backoff "
        + initialBackoff.toMillis()
        + " ms x"
        + multiplier
        + " up to "
        + maxBackoff.toMillis()
        + " ms, jitter "
        + jitter
        + ", retryOn "
        + retryOn
        + (retryTypes.isEmpty() ? "" : ", also " + retryTypes)
        + (retryUnknownCommitOutcome ? ", retrying unknown commit outcomes" : "")
        + ")";
  }

  /** Collects a policy's settings; {@link #build()} checks them. Not thread-safe. */
  public static final class Builder {

    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration initialBackoff = Duration.ofMillis(20);
    private double multiplier = 2.0;
    private Duration maxBackoff = Duration.ofSeconds(1);
    private double jitter = 0.5;
    private Set<ErrorKind> retryOn = EnumSet.of(ErrorKind.DEADLOCK, ErrorKind.CONNECTION_FAILURE);
    private boolean retryUnknownCommitOutcome;
    private final List<Class<? extends Throwable>> retryTypes = new ArrayList<>();
    private final List<RetryListener> listeners = new ArrayList<>();

    private Builder() {}

    /** At most how many attempts, the first included (1 to {@value #MAX_ATTEMPTS_LIMIT}). */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1 || attempts > MAX_ATTEMPTS_LIMIT) {
        throw new CairnException(
            "RetryPolicy maxAttempts must be between 1 and "
                + MAX_ATTEMPTS_LIMIT
                + ", was "
                + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * The back-off before the first retry, growing by {@code multiplier} for each later one, up to
     * {@code max}; the multiplier must be at least 1 and {@code max} at least {@code initial}.
     */
    public Builder backoff(Duration initial, double multiplier, Duration max) {
      if (initial.isNegative() || max.compareTo(initial) < 0 || !(multiplier >= 1.0)) {
        throw new CairnException(
            "RetryPolicy backoff needs 0 <= initial <= max and multiplier >= 1, was initial "
                + initial
                + ", multiplier "
                + multiplier
                + ", max "
                + max);
      }
      this.initialBackoff = initial;
      this.multiplier = multiplier;
      this.maxBackoff = max;
      return this;
    }

    /**
     * The largest fraction by which each back-off is randomly shortened (0 to 1; default 0.5): 0
     * waits exactly the computed back-off, 1 anything from nothing to all of it.
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new CairnException("RetryPolicy jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * The kinds of failure to retry (default {@code DEADLOCK}, which includes serialization
     * failures and Galera certification conflicts, and {@code CONNECTION_FAILURE}); {@code
     * LOCK_TIMEOUT} and {@code TIMEOUT} may be added. Constraint violations are never transient.
     */
    public Builder retryOn(ErrorKind... kinds) {
      EnumSet<ErrorKind> chosen = EnumSet.noneOf(ErrorKind.class);
      for (ErrorKind kind : kinds) {
        switch (kind) {
          case DEADLOCK, LOCK_TIMEOUT, TIMEOUT, CONNECTION_FAILURE -> chosen.add(kind);
          default ->
              throw new CairnException(
                  "RetryPolicy cannot retry "
                      + kind
                      + ": it is not transient; retry DEADLOCK, LOCK_TIMEOUT, TIMEOUT or"
                      + " CONNECTION_FAILURE");
        }
      }
      this.retryOn = chosen;
      return this;
    }

    /**
     * Whether to retry a transaction whose connection failed during the commit (default false). Its
     * changes may already be committed, so only allow this for work that is idempotent; each such
     * retry is logged at WARN.
     */
    public Builder retryUnknownCommitOutcome(boolean retry) {
      this.retryUnknownCommitOutcome = retry;
      return this;
    }

    /**
     * Also retries failures of these types (or caused by them), whatever their kind, reported as
     * {@code OTHER}: the ORM's {@code StaleEntityException}, for example, which says that a
     * {@code @Version}ed entity changed since the attempt read it, so that running the whole
     * transaction again reads it afresh.
     */
    @SafeVarargs
    public final Builder retryOnType(Class<? extends Throwable>... types) {
      retryTypes.addAll(List.of(types));
      return this;
    }

    /** Adds a listener told about every retry (a metric, a log). */
    public Builder listener(RetryListener listener) {
      listeners.add(listener);
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
