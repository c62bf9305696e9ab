package dev.cairn.core.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Builds the HikariCP pools behind {@link Engine#create} and {@link ReadReplicas.Builder#url}. */
final class HikariPools {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private HikariPools() {}

  static HikariDataSource create(String jdbcUrl, @Nullable String user, @Nullable String password) {
    HikariConfig config = config("cairn-", jdbcUrl, user, password);
    // Cairn connections run with autocommit off (autobegin); pooling them so saves a round trip
    // per checkout. Not when there is init SQL: Hikari runs it after applying the pool's
    // autocommit,
    // and session settings such as SQLite's foreign_keys pragma are ignored inside a transaction.
    config.setAutoCommit(config.getConnectionInitSql() != null);
    return new HikariDataSource(config);
  }

  /**
   * A read-only pool for a read replica: {@code maxSize} connections at most, waiting at most
   * {@code timeout} for one (so that a replica that is down is noticed quickly), not connecting
   * before first use. Auto-commit stays on, as on a primary pool Spring manages.
   */
  static HikariDataSource createReplica(
      String jdbcUrl,
      @Nullable String user,
      @Nullable String password,
      int maxSize,
      java.time.Duration timeout) {
    HikariConfig config = config("cairn-replica-", jdbcUrl, user, password);
    config.setReadOnly(true);
    config.setMaximumPoolSize(maxSize);
    config.setMinimumIdle(Math.min(maxSize, 2));
    config.setConnectionTimeout(timeout.toMillis());
    return new HikariDataSource(config);
  }

  /** The settings both pools share: URL, credentials, lazy start, the dialect's init SQL. */
  private static HikariConfig config(
      String namePrefix, String jdbcUrl, @Nullable String user, @Nullable String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(namePrefix + COUNTER.incrementAndGet());
    config.setJdbcUrl(jdbcUrl);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    // Like SQLAlchemy's create_engine, creating the engine does not connect yet.
    config.setInitializationFailTimeout(-1);
    Dialect dialect = Dialects.forUrl(jdbcUrl);
    String initSql = dialect == null ? null : dialect.connectionInitSql();
    if (initSql != null) {
      config.setConnectionInitSql(initSql);
    }
    return config;
  }
}
