package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * No connection of the pool became free in time: every connection was in use for the pool's whole
 * connection timeout (HikariCP's {@code connectionTimeout}). No statement ran. The message names
 * the pool, its size and the timeout. Retrying later may succeed; for a lasting cure make the pool
 * bigger ({@code maximumPoolSize}) or the transactions shorter, and close every {@code Session} and
 * {@code Connection} when done with it (try-with-resources), so none keeps a connection.
 */
public class ConnectionPoolTimeoutException extends TransientDatabaseException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String poolName;

  /**
   * Creates the exception for the pool named {@code poolName} (null when unknown); {@code cause} is
   * the pool's own timeout exception.
   */
  public ConnectionPoolTimeoutException(
      String message, @Nullable String poolName, @Nullable SQLException cause) {
    super(message, ErrorKind.POOL_TIMEOUT, null, cause);
    this.poolName = poolName;
  }

  /**
   * Creates {@code original} again with {@code context} in front of its message; see {@link
   * DatabaseException#withContext}.
   */
  protected ConnectionPoolTimeoutException(
      String context, ConnectionPoolTimeoutException original) {
    super(context, original);
    this.poolName = original.poolName();
  }

  /** The name of the pool that timed out, when Cairn could tell it (a HikariCP pool). */
  public @Nullable String poolName() {
    return poolName;
  }

  @Override
  public ConnectionPoolTimeoutException withContext(String context) {
    return new ConnectionPoolTimeoutException(context, this);
  }
}
