package dev.cairn.spring.boot.autoconfigure.replica;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A note, written on the primary and read from the replica. */
@Entity
@Table(name = "notes")
public class Note {
  @Id @GeneratedValue @Nullable Long id;
  String body = "";

  Note() {}

  /** A new note. */
  public Note(String body) {
    this.body = body;
  }

  /** The text. */
  public String getBody() {
    return body;
  }
}
