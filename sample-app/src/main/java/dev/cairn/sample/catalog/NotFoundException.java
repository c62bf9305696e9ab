package dev.cairn.sample.catalog;

/** A book or author that the request names by key does not exist (HTTP 404). */
public final class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** {@code what} (e.g. "Book") with key {@code id} does not exist. */
  public NotFoundException(String what, long id) {
    super(what + " " + id + " does not exist");
  }
}
