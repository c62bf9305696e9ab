package dev.cairn.spring;

import dev.cairn.core.CairnException;
import org.springframework.dao.UncategorizedDataAccessException;

/**
 * A Cairn failure that fits no more specific {@link org.springframework.dao.DataAccessException}:
 * the cause is the original {@link CairnException}, whose message says what to do.
 */
public class UncategorizedCairnException extends UncategorizedDataAccessException {

  private static final long serialVersionUID = 1L;

  /** Wraps {@code cause} with {@code message}. */
  public UncategorizedCairnException(String message, CairnException cause) {
    super(message, cause);
  }
}
