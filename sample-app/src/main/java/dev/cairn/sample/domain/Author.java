package dev.cairn.sample.domain;

import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A writer of books; the name is unique. */
@Entity
@Table(name = "authors")
public class Author {

  @Id @GeneratedValue private @Nullable Long id;

  @Column(nullable = false, length = 120, unique = true)
  private String name;

  /** For Cairn, which fills the fields when it loads a row. */
  protected Author() {
    this.name = "";
  }

  /** A new author, saved by adding it to a session or a repository. */
  public Author(String name) {
    this.name = name;
  }

  /** The generated key; null until the author is flushed. */
  public @Nullable Long getId() {
    return id;
  }

  /** The author's name. */
  public String getName() {
    return name;
  }
}
