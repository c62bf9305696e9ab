package dev.cairn.spring.boot.autoconfigure.data.shop;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An author with books, for loading through repositories. */
@Entity
@Table(name = "repo_authors")
public class Author {
  @Id @GeneratedValue @Nullable Long id;
  String name = "";

  @OneToMany(mappedBy = "author")
  List<Book> books = new ArrayList<>();

  Author() {}

  /** A new author called {@code name}. */
  public Author(String name) {
    this.name = name;
  }

  /** The generated key. */
  public @Nullable Long getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** The author's books, loaded on first access. */
  public List<Book> getBooks() {
    return books;
  }
}
