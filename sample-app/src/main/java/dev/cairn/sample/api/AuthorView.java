package dev.cairn.sample.api;

import dev.cairn.sample.domain.Author;
import java.util.Objects;

/**
 * An author as the API shows it.
 *
 * @param id the author's key
 * @param name the author's name
 */
public record AuthorView(long id, String name) {

  /** The view of a flushed author. */
  public static AuthorView of(Author author) {
    return new AuthorView(Objects.requireNonNull(author.getId()), author.getName());
  }
}
