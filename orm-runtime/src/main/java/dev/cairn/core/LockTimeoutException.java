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

  /**
   * Creates {@code original} again with {@code context} in front of its message; see {@link
   * DatabaseException#withContext}.
   */
  protected LockTimeoutException(String context, LockTimeoutException original) {
    super(context, original);
  }

  @Override
  public LockTimeoutException withContext(String context) {
    return new LockTimeoutException(context, this);
  }
}
