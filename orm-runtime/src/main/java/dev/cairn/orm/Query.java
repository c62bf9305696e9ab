package dev.cairn.orm;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A query for entities of one type, built fluently and run by its terminal methods. Running it
 * flushes the session first (autoflush) and returns instances from the session's identity map.
 *
 * @param <T> the entity type
 */
public interface Query<T> {

  /** Keeps entities whose property {@code property} equals {@code value} (null: IS NULL). */
  Query<T> filterBy(String property, @Nullable Object value);

  /** The first result in query order, or null when there is none. */
  @Nullable T first();

  /** The only result; a {@code CairnException} saying how many there were otherwise. */
  T one();

  /** The only result, or null when there is none; a {@code CairnException} when more than one. */
  @Nullable T oneOrNull();

  /** All results. */
  List<T> all();

  /** How many entities match. */
  long count();

  /** Whether any entity matches. */
  boolean exists();

  /** The results as a lazy stream over an open cursor; close it (try-with-resources). */
  Stream<T> stream();
}
