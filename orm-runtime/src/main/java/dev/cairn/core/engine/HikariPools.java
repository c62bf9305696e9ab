package dev.cairn.core.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Builds the HikariCP pool behind {@link Engine#create}. */
final class HikariPools {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private HikariPools() {}

  static HikariDataSource create(String jdbcUrl, @Nullable String user, @Nullable String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("cairn-" + COUNTER.incrementAndGet());
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
    // Cairn connections run with autocommit off (autobegin); pooling them so saves a round trip
    // per checkout. Not when there is init SQL: Hikari runs it after applying the pool's
    // autocommit,
    // and session settings such as SQLite's foreign_keys pragma are ignored inside a transaction.
    config.setAutoCommit(initSql != null);
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
    HikariConfig config = new HikariConfig();
    config.setPoolName("cairn-replica-" + COUNTER.incrementAndGet());
    config.setJdbcUrl(jdbcUrl);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setInitializationFailTimeout(-1);
    config.setReadOnly(true);
    config.setMaximumPoolSize(maxSize);
    config.setMinimumIdle(Math.min(maxSize, 2));
    config.setConnectionTimeout(timeout.toMillis());
    Dialect dialect = Dialects.forUrl(jdbcUrl);
    String initSql = dialect == null ? null : dialect.connectionInitSql();
    if (initSql != null) {
      config.setConnectionInitSql(initSql);
    }
    return new HikariDataSource(config);
  }
}
