package dev.cairn.core;

import org.jspecify.annotations.Nullable;

/**
 * The API was called in a way or at a time it does not allow: a closed {@code Session}, {@code
 * Connection} or {@code Engine}, a session used by two threads at once, a relationship that was not
 * loaded. Nothing was sent to the database. The message says what to call instead; the fix is in
 * the calling code, so retrying the same call fails again.
 */
public class InvalidUsageException extends CairnException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what was misused and what to do instead. */
  public InvalidUsageException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure that revealed the misuse. */
  public InvalidUsageException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
