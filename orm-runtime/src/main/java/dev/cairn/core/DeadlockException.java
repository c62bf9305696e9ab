package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The database aborted the transaction to break a deadlock or because it could not be serialized
 * with a concurrent one. Roll back and run the whole transaction again.
 */
public class DeadlockException extends TransientDatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public DeadlockException(String message, @Nullable String sql, @Nullable SQLException cause) {
    super(message, ErrorKind.DEADLOCK, sql, cause);
  }

  /**
   * Creates {@code original} again with {@code context} in front of its message; see {@link
   * DatabaseException#withContext}.
   */
  protected DeadlockException(String context, DeadlockException original) {
    super(context, original);
  }

  @Override
  public DeadlockException withContext(String context) {
    return new DeadlockException(context, this);
  }
}
