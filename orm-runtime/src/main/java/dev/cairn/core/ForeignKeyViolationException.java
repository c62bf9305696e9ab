package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A FOREIGN KEY constraint rejected the change: a referenced parent row is missing, or a parent row
 * is still referenced. Insert parents first and delete children first.
 */
public class ForeignKeyViolationException extends IntegrityViolationException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ForeignKeyViolationException(
      String message, @Nullable String sql, @Nullable SQLException cause) {
    super(message, ErrorKind.FOREIGN_KEY_VIOLATION, sql, cause);
  }

  /**
   * Creates {@code original} again with {@code context} in front of its message; see {@link
   * DatabaseException#withContext}.
   */
  protected ForeignKeyViolationException(String context, ForeignKeyViolationException original) {
    super(context, original);
  }

  @Override
  public ForeignKeyViolationException withContext(String context) {
    return new ForeignKeyViolationException(context, this);
  }
}
