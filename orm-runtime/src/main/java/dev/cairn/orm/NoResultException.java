package dev.cairn.orm;

import dev.cairn.core.CairnException;

/**
 * {@link Query#one()} found no row. Use {@link Query#oneOrNull()} or {@link Query#first()} when
 * none is a normal outcome, or check the filters. Nothing changed in the session or the database;
 * the session stays usable.
 */
public class NoResultException extends CairnException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the queried entity. */
  public NoResultException(String message) {
    super(message);
  }
}
