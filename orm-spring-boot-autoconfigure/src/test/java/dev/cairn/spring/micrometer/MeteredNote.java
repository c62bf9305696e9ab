package dev.cairn.spring.micrometer;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;

/** The only entity of this package: scanned by the metrics tests. */
@Entity
@Table(name = "metered_notes")
public class MeteredNote {
  @Id @GeneratedValue public Long id;
  public String text;

  /** For Cairn. */
  public MeteredNote() {}

  /** A note with {@code text}. */
  public MeteredNote(String text) {
    this.text = text;
  }
}
