package dev.cairn.spring.boot.autoconfigure.entities;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;

/** A test entity with a natural key, for duplicate-key failures. */
@Entity
@Table(name = "tags")
public class Tag {
  @Id String code = "";

  Tag() {}

  /** A tag with key {@code code}. */
  public Tag(String code) {
    this.code = code;
  }
}
