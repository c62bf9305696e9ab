package dev.cairn.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of every error Cairn raises. Unchecked: the message says what went wrong, names the
 * table, column, entity, SQL or setting at fault, and says what to do about it.
 */
public class CairnException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that names what is at fault and how to fix it. */
  public CairnException(String message) {
    super(message);
  }

  /** Creates an exception caused by another, with a message that names what is at fault. */
  public CairnException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
