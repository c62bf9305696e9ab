package dev.cairn.spring.data.domain;

import dev.cairn.orm.annotation.Cascade;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A book: written by an author, tagged, reviewed (reviews are deleted with the book). */
@Entity
@Table(name = "r_books")
public class Book {
  @Id @GeneratedValue @Nullable Long id;
  @Version @Nullable Long version;
  String title = "";
  int pages;
  @Nullable LocalDate published;
  boolean available;
  @Nullable String isbn;

  @ManyToOne
  @JoinColumn(name = "author_id")
  @Nullable Author author;

  @ManyToMany
  @JoinTable(name = "r_book_tags")
  Set<Tag> tags = new HashSet<>();

  @OneToMany(
      mappedBy = "book",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Review> reviews = new ArrayList<>();

  Book() {}

  /** A book titled {@code title} of {@code pages} pages by {@code author}. */
  public Book(String title, int pages, @Nullable Author author) {
    this.title = title;
    this.pages = pages;
    this.author = author;
  }

  /** The generated key. */
  public @Nullable Long getId() {
    return id;
  }

  /** The optimistic-locking version. */
  public @Nullable Long getVersion() {
    return version;
  }

  /** The title. */
  public String getTitle() {
    return title;
  }

  /** Changes the title. */
  public void setTitle(String title) {
    this.title = title;
  }

  /** The page count. */
  public int getPages() {
    return pages;
  }

  /** The publication date. */
  public @Nullable LocalDate getPublished() {
    return published;
  }

  /** Sets the publication date and returns this book. */
  public Book published(LocalDate date) {
    this.published = date;
    return this;
  }

  /** Whether the book is in stock. */
  public boolean isAvailable() {
    return available;
  }

  /** Sets availability and returns this book. */
  public Book available(boolean value) {
    this.available = value;
    return this;
  }

  /** The ISBN, if known. */
  public @Nullable String getIsbn() {
    return isbn;
  }

  /** Sets the ISBN and returns this book. */
  public Book isbn(String value) {
    this.isbn = value;
    return this;
  }

  /** The author. */
  public @Nullable Author getAuthor() {
    return author;
  }

  /** The tags. */
  public Set<Tag> getTags() {
    return tags;
  }

  /** The reviews. */
  public List<Review> getReviews() {
    return reviews;
  }

  /** Adds {@code review} to this book and returns this book. */
  public Book review(Review review) {
    review.book = this;
    reviews.add(review);
    return this;
  }

  @Override
  public String toString() {
    return title;
  }
}
