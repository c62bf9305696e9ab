package dev.cairn.sample.domain;

import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A label shared by many books (the inverse side is not mapped: tags do not list their books). */
@Entity
@Table(name = "tags")
public class Tag {

  @Id @GeneratedValue private @Nullable Long id;

  @Column(nullable = false, length = 60, unique = true)
  private String name;

  /** For Cairn, which fills the fields when it loads a row. */
  protected Tag() {
    this.name = "";
  }

  /** A new tag. */
  public Tag(String name) {
    this.name = name;
  }

  /** The generated key; null until the tag is flushed. */
  public @Nullable Long getId() {
    return id;
  }

  /** The tag's name, e.g. {@code "fantasy"}. */
  public String getName() {
    return name;
  }
}
