package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The database could not be reached, or the connection broke (the server restarted, the backend was
 * terminated, the network failed, the pool closed the connection). Work not yet committed is lost:
 * the database rolled it back. Roll back (which releases the dead connection without a second
 * error) and run the transaction again on a new connection; if it keeps failing, check the JDBC
 * URL, the credentials and that the server is running.
 */
public class ConnectionFailureException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ConnectionFailureException(
      String message, @Nullable String sql, @Nullable SQLException cause) {
    super(message, ErrorKind.CONNECTION_FAILURE, sql, cause);
  }

  /**
   * Creates {@code original} again with {@code context} in front of its message; see {@link
   * DatabaseException#withContext}.
   */
  protected ConnectionFailureException(String context, ConnectionFailureException original) {
    super(context, original);
  }

  @Override
  public ConnectionFailureException withContext(String context) {
    return new ConnectionFailureException(context, this);
  }
}
