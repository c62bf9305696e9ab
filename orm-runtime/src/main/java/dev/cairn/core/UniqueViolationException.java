package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A UNIQUE or PRIMARY KEY constraint rejected a duplicate. Recover by choosing another value, or
 * use an upsert ({@code Sql.upsert}) when an existing row should be updated instead.
 */
public class UniqueViolationException extends IntegrityViolationException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public UniqueViolationException(
      String message, @Nullable String sql, @Nullable SQLException cause) {
    super(message, ErrorKind.UNIQUE_VIOLATION, sql, cause);
  }

  /**
   * Creates {@code original} again with {@code context} in front of its message; see {@link
   * DatabaseException#withContext}.
   */
  protected UniqueViolationException(String context, UniqueViolationException original) {
    super(context, original);
  }

  @Override
  public UniqueViolationException withContext(String context) {
    return new UniqueViolationException(context, this);
  }
}
