package dev.cairn.orm;

import dev.cairn.core.InvalidUsageException;

/**
 * A relationship that was not loaded was accessed where Cairn must not load it: the query said
 * {@link Load#raise}, the session loads strictly ({@code strictLoading(true)}), or the owner is
 * detached (its session was closed, or it was expunged). The message names the relationship and the
 * query option that would have loaded it ({@code Load.selectin(...)} or {@code Load.joined(...)});
 * add that option to the query, or access the relationship while the session is open.
 */
public class NotLoadedException extends InvalidUsageException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the relationship and the option to load it. */
  public NotLoadedException(String message) {
    super(message);
  }
}
