package dev.cairn.spring.boot.autoconfigure.data.shop;

import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.annotation.Version;
import org.jspecify.annotations.Nullable;

/** A versioned book with a unique title, for transactions and exception translation. */
@Entity
@Table(name = "repo_books")
public class Book {
  @Id @GeneratedValue @Nullable Long id;

  @Column(unique = true, length = 100)
  String title = "";

  int pages;
  @ManyToOne @Nullable Author author;
  @Version long version;

  Book() {}

  /** A new book. */
  public Book(String title, int pages, @Nullable Author author) {
    this.title = title;
    this.pages = pages;
    this.author = author;
  }

  /** The generated key. */
  public @Nullable Long getId() {
    return id;
  }

  /** The title. */
  public String getTitle() {
    return title;
  }

  /** The number of pages. */
  public int getPages() {
    return pages;
  }

  /** Changes the number of pages. */
  public void setPages(int pages) {
    this.pages = pages;
  }
}
