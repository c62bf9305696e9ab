package dev.cairn.orm;

import dev.cairn.core.CairnException;

/**
 * {@link Query#one()} or {@link Query#oneOrNull()} found more than one row. Refine the filters
 * (filter by a unique property), or use {@link Query#first()} with an ordering or {@link
 * Query#all()}. Nothing changed in the session or the database; the session stays usable.
 */
public class NonUniqueResultException extends CairnException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the queried entity. */
  public NonUniqueResultException(String message) {
    super(message);
  }
}
