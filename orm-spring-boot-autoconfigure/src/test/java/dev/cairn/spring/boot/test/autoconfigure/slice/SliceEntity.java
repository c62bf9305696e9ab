package dev.cairn.spring.boot.test.autoconfigure.slice;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;

/** An entity of the sliced application, found by scanning its package. */
@Entity
@Table(name = "slice_entities")
public class SliceEntity {
  @Id public Long id;
  public String name;

  /** For Cairn. */
  public SliceEntity() {}

  /** An entity with key {@code id}. */
  public SliceEntity(Long id, String name) {
    this.id = id;
    this.name = name;
  }
}
