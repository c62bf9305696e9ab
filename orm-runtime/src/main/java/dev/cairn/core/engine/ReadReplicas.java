package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read replicas of a database, balanced round-robin: each {@link #connect()} takes a connection
 * from the next replica that is up. A replica that cannot be reached is skipped for the {@link
 * #recheckInterval()} (logged once when it goes down and once when it is back), so an outage costs
 * one failed connection attempt, not one per statement. Thread-safe.
 *
 * <p>An engine built with {@link EngineBuilder#readReplicas} routes read-only work here ({@link
 * Engine#readOnly}, {@link Engine#connectReadOnly}); when no replica can be reached it runs on the
 * primary or fails, as {@link #fallback()} says.
 *
 * <pre>{@code
 * ReadReplicas replicas = ReadReplicas.builder()
 *     .url("jdbc:postgresql://replica1/app", "app_ro", secret)
 *     .url("jdbc:postgresql://replica2/app", "app_ro", secret)
 *     .build();
 * Engine engine = Engine.builderForUrl(primaryUrl, "app", secret).readReplicas(replicas).build();
 * }</pre>
 */
public final class ReadReplicas implements AutoCloseable {

  /** How long an unreachable replica is skipped unless told otherwise. */
  public static final Duration DEFAULT_RECHECK_INTERVAL = Duration.ofSeconds(5);

  /** How long a pool built from a URL waits for a connection unless told otherwise. */
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.replicas");

  private final List<Replica> replicas;
  private final ReplicaFallback fallback;
  private final Duration recheckInterval;
  private final AtomicInteger next = new AtomicInteger();

  private ReadReplicas(List<Replica> replicas, ReplicaFallback fallback, Duration recheck) {
    this.replicas = List.copyOf(replicas);
    this.fallback = fallback;
    this.recheckInterval = recheck;
  }

  /** Replicas over the given data sources (not closed by Cairn), falling back to the primary. */
  public static ReadReplicas of(DataSource... dataSources) {
    Builder builder = builder();
    for (DataSource dataSource : dataSources) {
      builder.dataSource(dataSource);
    }
    return builder.build();
  }

  /** A builder; add at least one replica. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A connection to the next reachable replica. Fails with an {@link SQLException} of SQLState
   * {@code 08001} naming every replica when none can be reached.
   */
  public java.sql.Connection connect() throws SQLException {
    int count = replicas.size();
    int start = Math.floorMod(next.getAndIncrement(), count);
    long now = System.nanoTime();
    SQLException last = null;
    for (int i = 0; i < count; i++) {
      Replica replica = replicas.get((start + i) % count);
      if (replica.isDown(now)) {
        continue;
      }
      try {
        java.sql.Connection connection = replica.dataSource.getConnection();
        replica.up();
        return connection;
      } catch (SQLException e) {
        replica.down(now + recheckInterval.toNanos(), e);
        last = e;
      }
    }
    SQLException unreachable =
        new SQLTransientConnectionException(
            "No read replica is reachable ("
                + describe()
                + "); "
                + (fallback == ReplicaFallback.FAIL
                    ? "read-only work fails while they are down (fallback FAIL); set the fallback"
                        + " to PRIMARY to run it on the primary instead"
                    : "read-only work runs on the primary until one is back"),
            "08001",
            last);
    throw unreachable;
  }

  /** What read-only work does when no replica can be reached. */
  public ReplicaFallback fallback() {
    return fallback;
  }

  /** How long an unreachable replica is skipped before it is tried again. */
  public Duration recheckInterval() {
    return recheckInterval;
  }

  /** How many replicas there are. */
  public int size() {
    return replicas.size();
  }

  /** How many replicas are up (not skipped after a failed connection) right now. */
  public int available() {
    long now = System.nanoTime();
    int up = 0;
    for (Replica replica : replicas) {
      up += replica.isDown(now) ? 0 : 1;
    }
    return up;
  }

  /** Closes the pools this object built from URLs; given data sources are left open. */
  @Override
  public void close() {
    CairnException failure = null;
    for (Replica replica : replicas) {
      if (replica.owned != null) {
        try {
          replica.owned.close();
        } catch (Exception e) {
          if (failure == null) {
            failure = new CairnException("Closing the pool of read replica " + replica.name, e);
          }
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private String describe() {
    List<String> names = new ArrayList<>(replicas.size());
    for (Replica replica : replicas) {
      names.add(replica.name + (replica.lastError == null ? "" : ": " + replica.lastError));
    }
    return String.join("; ", names);
  }

  @Override
  public String toString() {
    return "ReadReplicas(" + describe() + ", fallback " + fallback + ")";
  }

  /** One replica and whether it is up. */
  private static final class Replica {

    private final String name;
    private final DataSource dataSource;
    private final @Nullable AutoCloseable owned;
    private volatile long downUntil;
    private volatile boolean down;
    private volatile @Nullable String lastError;

    Replica(String name, DataSource dataSource, @Nullable AutoCloseable owned) {
      this.name = name;
      this.dataSource = dataSource;
      this.owned = owned;
    }

    boolean isDown(long now) {
      return down && now - downUntil < 0;
    }

    void down(long until, SQLException cause) {
      downUntil = until;
      lastError = String.valueOf(cause.getMessage());
      if (!down) {
        down = true;
        LOG.warn("Read replica {} is unreachable, skipping it for a while: {}", name, lastError);
      }
    }

    void up() {
      if (down) {
        down = false;
        lastError = null;
        LOG.info("Read replica {} is reachable again", name);
      }
    }
  }

  /** Collects replicas and settings. Not thread-safe. */
  public static final class Builder {

    private final List<Replica> replicas = new ArrayList<>();
    private ReplicaFallback fallback = ReplicaFallback.PRIMARY;
    private Duration recheckInterval = DEFAULT_RECHECK_INTERVAL;
    private Duration connectionTimeout = DEFAULT_CONNECTION_TIMEOUT;
    private int poolSize = 10;

    private Builder() {}

    /** Adds a replica reached through {@code dataSource}, which Cairn never closes. */
    public Builder dataSource(DataSource dataSource) {
      replicas.add(new Replica("#" + (replicas.size() + 1) + " " + dataSource, dataSource, null));
      return this;
    }

    /**
     * Adds a replica at {@code jdbcUrl}: a read-only HikariCP pool of {@link #poolSize} connections
     * that waits at most {@link #connectionTimeout} for one, closed by {@link #close()}.
     */
    public Builder url(String jdbcUrl, @Nullable String user, @Nullable String password) {
      try {
        DriverManager.getDriver(jdbcUrl);
      } catch (SQLException e) {
        throw new CairnException(
            "No JDBC driver accepts the read replica URL "
                + withoutParameters(jdbcUrl)
                + " ("
                + e.getMessage()
                + "); check the URL, or add the database's driver to the class path",
            e);
      }
      var pool = HikariPools.createReplica(jdbcUrl, user, password, poolSize, connectionTimeout);
      replicas.add(new Replica(withoutParameters(jdbcUrl), pool, pool));
      return this;
    }

    /** Connections per pool built by later {@link #url} calls (default 10). */
    public Builder poolSize(int size) {
      if (size < 1) {
        throw new CairnException("ReadReplicas poolSize must be at least 1, was " + size);
      }
      this.poolSize = size;
      return this;
    }

    /** How long pools built by later {@link #url} calls wait for a connection (default 2 s). */
    public Builder connectionTimeout(Duration timeout) {
      if (timeout.toMillis() < 250) {
        throw new CairnException(
            "ReadReplicas connectionTimeout must be at least 250 ms (HikariCP's minimum), was "
                + timeout.toMillis()
                + " ms");
      }
      this.connectionTimeout = timeout;
      return this;
    }

    /** What read-only work does when no replica can be reached (default {@code PRIMARY}). */
    public Builder fallback(ReplicaFallback fallback) {
      this.fallback = fallback;
      return this;
    }

    /** How long an unreachable replica is skipped before it is tried again (default 5 s). */
    public Builder recheckInterval(Duration interval) {
      if (interval.isNegative()) {
        throw new CairnException(
            "ReadReplicas recheckInterval must not be negative, was " + interval);
      }
      this.recheckInterval = interval;
      return this;
    }

    /** The replicas; fails when none was added. */
    public ReadReplicas build() {
      if (replicas.isEmpty()) {
        throw new CairnException(
            "ReadReplicas needs at least one replica; add one with url(...) or dataSource(...)");
      }
      return new ReadReplicas(replicas, fallback, recheckInterval);
    }

    private static String withoutParameters(String jdbcUrl) {
      int query = jdbcUrl.indexOf('?');
      return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
  }
}
