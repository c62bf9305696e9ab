package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The statement ran longer than its timeout (a JDBC query timeout or the database's statement
 * timeout) or was cancelled. Make the statement cheaper, raise the timeout, or retry.
 */
public class QueryTimeoutException extends TransientDatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public QueryTimeoutException(String message, @Nullable String sql, @Nullable SQLException cause) {
    super(message, ErrorKind.TIMEOUT, sql, cause);
  }

  /**
   * Creates {@code original} again with {@code context} in front of its message; see {@link
   * DatabaseException#withContext}.
   */
  protected QueryTimeoutException(String context, QueryTimeoutException original) {
    super(context, original);
  }

  @Override
  public QueryTimeoutException withContext(String context) {
    return new QueryTimeoutException(context, this);
  }
}
