package dev.cairn.spring.boot.autoconfigure;

import dev.cairn.core.engine.ReplicaFallback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Read replicas for read-only transactions, under the {@code cairn.replicas} prefix. */
@ConfigurationProperties("cairn.replicas")
public class CairnReplicaProperties {

  /**
   * JDBC URLs of the read replicas, used in turn by read-only transactions; none turns routing off.
   */
  private List<String> urls = new ArrayList<>();

  /** Login user of the replicas; defaults to spring.datasource.username. */
  private @Nullable String username;

  /** Login password of the replicas; defaults to spring.datasource.password. */
  private @Nullable String password;

  /**
   * What read-only transactions do when no replica can be reached: primary (run on the primary,
   * with a warning) or fail.
   */
  private ReplicaFallback fallback = ReplicaFallback.PRIMARY;

  /** How long an unreachable replica is skipped before it is tried again. */
  private Duration recheckInterval = Duration.ofSeconds(5);

  /** Connection pool of each replica. */
  private final Pool pool = new Pool();

  /** The HikariCP pool of each replica. */
  public static class Pool {

    /** Maximum number of connections in each replica's pool. */
    private int maxSize = 10;

    /**
     * How long to wait for a replica connection before the replica counts as unreachable (at least
     * 250 ms).
     */
    private Duration connectionTimeout = Duration.ofSeconds(2);

    public int getMaxSize() {
      return maxSize;
    }

    public void setMaxSize(int maxSize) {
      this.maxSize = maxSize;
    }

    public Duration getConnectionTimeout() {
      return connectionTimeout;
    }

    public void setConnectionTimeout(Duration connectionTimeout) {
      this.connectionTimeout = connectionTimeout;
    }
  }

  public List<String> getUrls() {
    return urls;
  }

  public void setUrls(List<String> urls) {
    this.urls = urls;
  }

  public @Nullable String getUsername() {
    return username;
  }

  public void setUsername(@Nullable String username) {
    this.username = username;
  }

  public @Nullable String getPassword() {
    return password;
  }

  public void setPassword(@Nullable String password) {
    this.password = password;
  }

  public ReplicaFallback getFallback() {
    return fallback;
  }

  public void setFallback(ReplicaFallback fallback) {
    this.fallback = fallback;
  }

  public Duration getRecheckInterval() {
    return recheckInterval;
  }

  public void setRecheckInterval(Duration recheckInterval) {
    this.recheckInterval = recheckInterval;
  }

  public Pool getPool() {
    return pool;
  }
}
