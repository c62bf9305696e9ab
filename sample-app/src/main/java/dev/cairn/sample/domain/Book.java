package dev.cairn.sample.domain;

import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.annotation.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A book by one author, with tags (many-to-many through {@code book_tags}) and reviews
 * (one-to-many, deleted with the book or when removed from it). {@code @Version} makes a concurrent
 * update fail instead of overwriting another one.
 */
@Entity
@Table(name = "books")
public class Book {

  @Id @GeneratedValue private @Nullable Long id;

  @Version private @Nullable Long version;

  @Column(nullable = false, length = 200)
  private String title;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  private Author author;

  @ManyToMany
  @JoinTable(name = "book_tags")
  private Set<Tag> tags = new LinkedHashSet<>();

  @OneToMany(
      mappedBy = "book",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  private List<Review> reviews = new ArrayList<>();

  /** For Cairn, which fills the fields when it loads a row. */
  protected Book() {
    this.title = "";
  }

  /** A new book by {@code author}. */
  public Book(String title, Author author) {
    this.title = title;
    this.author = author;
  }

  /** The generated key; null until the book is flushed. */
  public @Nullable Long getId() {
    return id;
  }

  /** The row version: 1 after insert, incremented by every update. */
  public @Nullable Long getVersion() {
    return version;
  }

  /** The title. */
  public String getTitle() {
    return title;
  }

  /** Changes the title; written at the next flush with a version check. */
  public void setTitle(String title) {
    this.title = title;
  }

  /** Who wrote it. */
  public Author getAuthor() {
    return author;
  }

  /** The tags; add or remove to change the {@code book_tags} rows. */
  public Set<Tag> getTags() {
    return tags;
  }

  /** The reviews, in the order they were written. */
  public List<Review> getReviews() {
    return reviews;
  }

  /** Adds {@code review} to this book (both sides of the relationship). */
  public void addReview(Review review) {
    review.setBook(this);
    reviews.add(review);
  }
}
