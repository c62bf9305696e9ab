package dev.cairn.core.engine;

import dev.cairn.core.ConnectionFailureException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine's routing of read-only work to its read replicas: the scope {@link Engine#readOnly}
 * opens on the current thread, and the fallback to the primary when no replica answers.
 */
final class ReplicaRouting implements ConnectionProvider {

  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.replicas");

  private final ReadReplicas replicas;
  private final ThreadLocal<Boolean> readOnlyScope = new ThreadLocal<>();
  private final AtomicBoolean onPrimary = new AtomicBoolean();

  ReplicaRouting(ReadReplicas replicas) {
    this.replicas = replicas;
  }

  ReadReplicas replicas() {
    return replicas;
  }

  boolean inReadOnlyScope() {
    return readOnlyScope.get() != null;
  }

  <R> R readOnly(Supplier<R> work) {
    if (inReadOnlyScope()) {
      return work.get();
    }
    readOnlyScope.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      readOnlyScope.remove();
    }
  }

  /**
   * A connection to a replica, or to the primary when none answers and the fallback allows it;
   * {@code primary} opens the latter.
   */
  Connection connect(Supplier<Connection> toReplica, Supplier<Connection> primary) {
    Connection connection;
    try {
      connection = toReplica.get();
    } catch (ConnectionFailureException e) {
      if (replicas.fallback() == ReplicaFallback.FAIL) {
        throw e;
      }
      if (onPrimary.compareAndSet(false, true)) {
        LOG.warn(
            "No read replica answers; read-only work runs on the primary until one does: {}",
            e.getMessage());
      }
      return primary.get();
    }
    if (onPrimary.compareAndSet(true, false)) {
      LOG.info("A read replica answers again; read-only work runs on the replicas");
    }
    return connection;
  }

  @Override
  public java.sql.Connection acquire() throws SQLException {
    return replicas.connect();
  }

  @Override
  public void release(java.sql.Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public ConnectionTarget target(java.sql.Connection connection) {
    return ConnectionTarget.REPLICA;
  }

  @Override
  public String toString() {
    return replicas.toString();
  }
}
