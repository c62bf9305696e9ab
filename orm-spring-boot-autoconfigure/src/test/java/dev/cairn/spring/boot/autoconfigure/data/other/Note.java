package dev.cairn.spring.boot.autoconfigure.data.other;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A note, kept in a package of its own. */
@Entity
@Table(name = "repo_notes")
public class Note {
  @Id @GeneratedValue @Nullable Long id;
  String text = "";

  Note() {}

  /** A new note. */
  public Note(String text) {
    this.text = text;
  }

  /** The text. */
  public String getText() {
    return text;
  }
}
