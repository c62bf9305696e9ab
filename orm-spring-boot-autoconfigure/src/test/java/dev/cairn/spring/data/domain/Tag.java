package dev.cairn.spring.data.domain;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A label put on books. */
@Entity
@Table(name = "r_tags")
public class Tag {
  @Id @GeneratedValue @Nullable Long id;
  String name = "";

  Tag() {}

  /** A tag called {@code name}. */
  public Tag(String name) {
    this.name = name;
  }

  /** The name. */
  public String getName() {
    return name;
  }
}
