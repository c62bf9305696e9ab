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
}
