package dev.cairn.spring.data.domain;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An author of books. */
@Entity
@Table(name = "r_authors")
public class Author {
  @Id @GeneratedValue @Nullable Long id;
  String name = "";
  @Nullable String country;

  @OneToMany(mappedBy = "author")
  List<Book> books = new ArrayList<>();

  Author() {}

  /** An author called {@code name} from {@code country}. */
  public Author(String name, @Nullable String country) {
    this.name = name;
    this.country = country;
  }

  /** The generated key. */
  public @Nullable Long getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** The country, if known. */
  public @Nullable String getCountry() {
    return country;
  }

  /** The author's books. */
  public List<Book> getBooks() {
    return books;
  }
}
