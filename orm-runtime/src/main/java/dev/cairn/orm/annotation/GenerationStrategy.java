package dev.cairn.orm.annotation;

/** Who generates the value of a {@link GeneratedValue} key, and how. */
public enum GenerationStrategy {
  /**
   * The database, as an identity / auto-increment column; the field must be a {@code short}, {@code
   * int} or {@code long} (or its wrapper).
   */
  IDENTITY,
  /** The database, from a sequence named by {@link GeneratedValue#sequence()}. */
  SEQUENCE,
  /** Cairn, on the client, as a random {@link java.util.UUID}; the field must be a UUID. */
  UUID
}
