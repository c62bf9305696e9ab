package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** A constraint rejected the data: NOT NULL, CHECK, or a value too long for its column. */
public class IntegrityViolationException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code kind} is one of the integrity kinds. */
  public IntegrityViolationException(
      String message, ErrorKind kind, @Nullable String sql, @Nullable SQLException cause) {
    super(message, kind, sql, cause);
  }

  /**
   * Creates {@code original} again with {@code context} in front of its message; see {@link
   * DatabaseException#withContext}.
   */
  protected IntegrityViolationException(String context, IntegrityViolationException original) {
    super(context, original);
  }

  @Override
  public IntegrityViolationException withContext(String context) {
    return new IntegrityViolationException(context, this);
  }
}
