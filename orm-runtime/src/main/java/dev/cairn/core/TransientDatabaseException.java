package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A failure that may not happen again: a deadlock, a serialization failure, a lock timeout, a
 * statement timeout, or no free pooled connection in time. Roll back and retry the whole
 * transaction.
 */
public class TransientDatabaseException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; {@code kind} is {@code DEADLOCK}, {@code LOCK_TIMEOUT}, {@code TIMEOUT}
   * or {@code POOL_TIMEOUT}.
   */
  public TransientDatabaseException(
      String message, ErrorKind kind, @Nullable String sql, @Nullable SQLException cause) {
    super(message, kind, sql, cause);
  }

  /**
   * Creates {@code original} again with {@code context} in front of its message; see {@link
   * DatabaseException#withContext}.
   */
  protected TransientDatabaseException(String context, TransientDatabaseException original) {
    super(context, original);
  }

  @Override
  public TransientDatabaseException withContext(String context) {
    return new TransientDatabaseException(context, this);
  }
}
