package dev.cairn.orm.mapping.scan;

import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;

/** An entity found by scanning. */
@Entity
public class ScannedAuthor {
  @Id long id;
  String name;

  /** A nested entity, found too. */
  @Entity
  public static class Pseudonym {
    @Id long id;
  }
}
