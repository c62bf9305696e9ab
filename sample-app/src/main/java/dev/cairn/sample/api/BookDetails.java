package dev.cairn.sample.api;

import dev.cairn.sample.domain.Book;
import java.util.List;
import java.util.Objects;

/**
 * One book with everything about it.
 *
 * @param id the book's key
 * @param title the title
 * @param version the row version, to send back with {@code PUT /api/books/{id}}
 * @param author the author
 * @param tags the tag names, sorted
 * @param reviews the reviews, oldest first
 */
public record BookDetails(
    long id,
    String title,
    long version,
    AuthorView author,
    List<String> tags,
    List<ReviewView> reviews) {

  /** The details of a flushed book; reads its author, tags and reviews. */
  public static BookDetails of(Book book) {
    return new BookDetails(
        Objects.requireNonNull(book.getId()),
        book.getTitle(),
        Objects.requireNonNull(book.getVersion()),
        AuthorView.of(book.getAuthor()),
        BookSummary.tagNames(book),
        book.getReviews().stream().map(ReviewView::of).toList());
  }
}
