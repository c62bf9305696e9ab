package dev.cairn.core.schema;

import dev.cairn.core.CairnException;

/**
 * A database sequence, as SQLAlchemy's {@code Sequence}: give it to {@link Column#sequence} to
 * number a column from it, or add it to a {@link MetaData} on its own. Immutable.
 *
 * @param name the sequence's name
 * @param start the first value
 * @param increment the step between values; not zero
 */
public record Sequence(String name, long start, long increment) {

  /** Checks the name and the increment. */
  public Sequence {
    Identifiers.requireValid(name, "sequence name");
    if (increment == 0) {
      throw new CairnException("Sequence " + name + " has increment 0; give a non-zero increment");
    }
  }

  /** A sequence named {@code name} starting at 1 with increment 1. */
  public Sequence(String name) {
    this(name, 1, 1);
  }

  /** This sequence starting at {@code value}. */
  public Sequence startWith(long value) {
    return new Sequence(name, value, increment);
  }

  /** This sequence stepping by {@code value}. */
  public Sequence incrementBy(long value) {
    return new Sequence(name, start, value);
  }
}
