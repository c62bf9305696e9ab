package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A failure that may not happen again: a deadlock, a serialization failure, a lock timeout or a
 * statement timeout. Roll back and retry the whole transaction.
 */
public class TransientDatabaseException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; {@code kind} is {@code DEADLOCK}, {@code LOCK_TIMEOUT} or {@code
   * TIMEOUT}.
   */
  public TransientDatabaseException(
      String message, ErrorKind kind, @Nullable String sql, @Nullable SQLException cause) {
    super(message, kind, sql, cause);
  }
}
