package dev.cairn.sample.domain;

import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/**
 * A reader's rating (1 to 5) of one book, with an optional text. Reviews belong to their book:
 * removing one from {@link Book#getReviews()} deletes it.
 */
@Entity
@Table(name = "reviews")
public class Review {

  @Id @GeneratedValue private @Nullable Long id;

  private int rating;

  @Column(length = 2000)
  private @Nullable String text;

  @ManyToOne(optional = false)
  @JoinColumn(name = "book_id")
  private @Nullable Book book;

  /** For Cairn, which fills the fields when it loads a row. */
  protected Review() {}

  /** A new review; {@link Book#addReview} attaches it to its book. */
  public Review(int rating, @Nullable String text) {
    this.rating = rating;
    this.text = text;
  }

  /** The generated key; null until the review is flushed. */
  public @Nullable Long getId() {
    return id;
  }

  /** The rating, 1 to 5. */
  public int getRating() {
    return rating;
  }

  /** What the reader wrote, if anything. */
  public @Nullable String getText() {
    return text;
  }

  /** The reviewed book. */
  public @Nullable Book getBook() {
    return book;
  }

  void setBook(@Nullable Book book) {
    this.book = book;
  }
}
