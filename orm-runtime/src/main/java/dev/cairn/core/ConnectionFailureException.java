package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The database could not be reached, or the connection broke. Check the JDBC URL, credentials and
 * that the server is running.
 */
public class ConnectionFailureException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ConnectionFailureException(
      String message, @Nullable String sql, @Nullable SQLException cause) {
    super(message, ErrorKind.CONNECTION_FAILURE, sql, cause);
  }
}
