package dev.cairn.core.engine;

/**
 * Turns a {@link Row} into an object.
 *
 * @param <R> the type of the objects made
 */
@FunctionalInterface
public interface RowMapper<R> {

  /** Maps one row. */
  R map(Row row);
}
