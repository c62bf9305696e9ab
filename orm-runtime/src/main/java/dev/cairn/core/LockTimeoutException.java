package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A lock could not be acquired in time, or at once under {@code NOWAIT}. Another transaction holds
 * the row or table; roll back and retry later, or shorten the transaction that holds the lock.
 */
public class LockTimeoutException extends TransientDatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public LockTimeoutException(String message, @Nullable String sql, @Nullable SQLException cause) {
    super(message, ErrorKind.LOCK_TIMEOUT, sql, cause);
  }
}
