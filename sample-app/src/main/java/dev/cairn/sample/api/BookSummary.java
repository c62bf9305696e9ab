package dev.cairn.sample.api;

import dev.cairn.sample.domain.Book;
import dev.cairn.sample.domain.Tag;
import java.util.List;
import java.util.Objects;

/**
 * A book in the list: no reviews, the author by name.
 *
 * @param id the book's key
 * @param title the title
 * @param author the author's name
 * @param tags the tag names, sorted
 */
public record BookSummary(long id, String title, String author, List<String> tags) {

  /** The summary of a flushed book; reads its author and tags. */
  public static BookSummary of(Book book) {
    return new BookSummary(
        Objects.requireNonNull(book.getId()),
        book.getTitle(),
        book.getAuthor().getName(),
        tagNames(book));
  }

  static List<String> tagNames(Book book) {
    return book.getTags().stream().map(Tag::getName).sorted().toList();
  }
}
