package dev.cairn.core.schema.reflect;

import java.util.function.Function;

/**
 * Lends an {@link Inspector} a connection for one piece of catalog work: implemented by the engine,
 * which runs {@code work} on one connection and gives it back afterwards.
 */
public interface CatalogAccess {

  /** Runs {@code work} with queries on one connection and returns its result. */
  <R> R read(Function<CatalogQueries, ? extends R> work);
}
