package dev.cairn.sample.catalog;

/**
 * A request body refers to something that does not exist, e.g. an {@code authorId} of no author
 * (HTTP 400: the request is wrong, not the URL).
 */
public final class UnknownReferenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The body's {@code field} names {@code id}, which does not exist. */
  public UnknownReferenceException(String field, long id) {
    super(field + " " + id + " does not exist; use the id of an existing one");
  }
}
