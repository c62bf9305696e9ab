package dev.cairn.spring;

import dev.cairn.core.engine.ReadReplicas;
import dev.cairn.core.engine.ReplicaFallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read-only target of Spring's {@link LazyConnectionDataSourceProxy}: connections from the next
 * reachable read replica, or, when none answers, from the primary (logged once per outage) or a
 * failure, as {@link ReadReplicas#fallback()} says. Spring's proxy takes a connection from here for
 * the first statement of a transaction marked read-only ({@code @Transactional(readOnly = true)}),
 * and from the primary for every other transaction.
 */
public final class ReplicaDataSource extends AbstractDataSource {

  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.replicas");
  private static final Object FALLBACK = new Object();

  private final ReadReplicas replicas;
  private final DataSource primary;
  private final AtomicBoolean onPrimary = new AtomicBoolean();

  /** Connections from {@code replicas}, falling back to {@code primary}. */
  public ReplicaDataSource(ReadReplicas replicas, DataSource primary) {
    this.replicas = replicas;
    this.primary = primary;
  }

  /**
   * {@code primary} (the application's data source) behind a {@link LazyConnectionDataSourceProxy}
   * whose read-only data source is a {@code ReplicaDataSource} over {@code replicas}; a primary
   * that already is such a proxy ({@code spring.datasource.connection-fetch=lazy}) is given the
   * replicas instead of being wrapped again.
   */
  public static LazyConnectionDataSourceProxy routing(DataSource primary, ReadReplicas replicas) {
    if (primary instanceof LazyConnectionDataSourceProxy lazy
        && lazy.getTargetDataSource() != null) {
      lazy.setReadOnlyDataSource(new ReplicaDataSource(replicas, lazy.getTargetDataSource()));
      return lazy;
    }
    LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy(primary);
    proxy.setReadOnlyDataSource(new ReplicaDataSource(replicas, primary));
    return proxy;
  }

  /**
   * Whether the current Spring transaction's read-only connection came from the primary because no
   * replica answered.
   */
  public static boolean fellBackInCurrentTransaction() {
    return TransactionSynchronizationManager.hasResource(FALLBACK);
  }

  /** The replicas connections come from. */
  public ReadReplicas replicas() {
    return replicas;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection;
    try {
      connection = replicas.connect();
    } catch (SQLException e) {
      if (replicas.fallback() == ReplicaFallback.FAIL) {
        throw e;
      }
      if (onPrimary.compareAndSet(false, true)) {
        LOG.warn(
            "No read replica answers; read-only transactions run on the primary until one does: {}",
            e.getMessage());
      }
      markFallback();
      return primary.getConnection();
    }
    if (onPrimary.compareAndSet(true, false)) {
      LOG.info("A read replica answers again; read-only transactions run on the replicas");
    }
    return connection;
  }

  /** Not supported: replicas have their own credentials (cairn.replicas.username/password). */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException(
        "Read replica connections use the replicas' own credentials; call getConnection()");
  }

  private static void markFallback() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || fellBackInCurrentTransaction()) {
      return;
    }
    TransactionSynchronizationManager.bindResource(FALLBACK, Boolean.TRUE);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(FALLBACK);
          }

          @Override
          public void resume() {
            TransactionSynchronizationManager.bindResource(FALLBACK, Boolean.TRUE);
          }

          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(FALLBACK);
          }
        });
  }

  @Override
  public String toString() {
    return "ReplicaDataSource(" + replicas + ")";
  }
}
