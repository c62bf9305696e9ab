package dev.cairn.core.engine;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.ConnectionPoolTimeoutException;
import dev.cairn.core.DatabaseException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Translates a failure to get a connection from a {@link ConnectionProvider}: no statement ran, so
 * none is named. A pool that timed out with every connection in use (HikariCP's {@link
 * SQLTransientConnectionException} without a connection error behind it) is a {@link
 * ConnectionPoolTimeoutException} that names the pool, its size and its timeout; a pool that could
 * not open a connection, or a data source that could not connect, is a {@link
 * ConnectionFailureException}.
 */
final class AcquireErrors {

  private AcquireErrors() {}

  /**
   * The exception for {@code failure}, raised by {@code provider.acquire()}; {@code translated}
   * classifies it as a statement failure would (null when the dialect is not known yet).
   */
  static DatabaseException translate(
      SQLException failure, ConnectionProvider provider, @Nullable DatabaseException translated) {
    if (isPoolTimeout(failure)) {
      HikariDataSource hikari = hikari(provider.dataSource());
      return new ConnectionPoolTimeoutException(
          poolTimeoutMessage(failure, provider, hikari),
          hikari == null ? null : hikari.getPoolName(),
          failure);
    }
    if (translated != null && translated.kind() != dev.cairn.core.ErrorKind.OTHER) {
      return translated;
    }
    return new ConnectionFailureException(
        "Could not get a database connection from "
            + provider
            + ": "
            + failure.getMessage()
            + " [SQLState "
            + failure.getSQLState()
            + ", vendor code "
            + failure.getErrorCode()
            + "]; check the URL, credentials and that the server runs",
        null,
        failure);
  }

  /**
   * Whether {@code failure} is a pool's timeout with every connection busy. HikariCP attaches the
   * last error it met opening connections (as cause and SQLState); then the database is the
   * problem, not the pool's size.
   */
  static boolean isPoolTimeout(SQLException failure) {
    return failure instanceof SQLTransientConnectionException
        && failure.getSQLState() == null
        && !(failure.getCause() instanceof SQLException);
  }

  private static String poolTimeoutMessage(
      SQLException failure, ConnectionProvider provider, @Nullable HikariDataSource hikari) {
    StringBuilder message = new StringBuilder("No connection became free in time: ");
    if (hikari != null) {
      message
          .append("pool '")
          .append(hikari.getPoolName())
          .append("' has all of its ")
          .append(hikari.getMaximumPoolSize())
          .append(" connections (maximumPoolSize) in use and none was returned within ")
          .append(hikari.getConnectionTimeout())
          .append(" ms (connectionTimeout)");
    } else {
      message.append("the pool of ").append(provider).append(" has every connection in use");
    }
    message
        .append(" [")
        .append(String.valueOf(failure.getMessage()).strip())
        .append("]. No statement ran. Make the pool bigger or the transactions shorter, and close")
        .append(" every Session and Connection when done (try-with-resources) so that none keeps")
        .append(" a connection");
    return message.toString();
  }

  /** The HikariCP pool behind {@code dataSource}, if it is one. */
  static @Nullable HikariDataSource hikari(@Nullable DataSource dataSource) {
    if (dataSource == null) {
      return null;
    }
    if (dataSource instanceof HikariDataSource hikari) {
      return hikari;
    }
    try {
      return dataSource.isWrapperFor(HikariDataSource.class)
          ? dataSource.unwrap(HikariDataSource.class)
          : null;
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }
}
