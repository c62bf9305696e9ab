package dev.cairn.core.engine;

/**
 * The outcome of {@link Connection#executeMany}: one update count per parameter set and the rows
 * the statement returned (generated keys or RETURNING), in parameter-set order.
 */
public interface BatchResult {

  /**
   * The update count of each parameter set, in order. A driver may report {@code -2} ({@link
   * java.sql.Statement#SUCCESS_NO_INFO}) when it executed a set but does not know the count.
   */
  long[] counts();

  /** The sum of the known counts. */
  long totalCount();

  /** The rows returned (generated keys or RETURNING); empty for statements that return none. */
  Result rows();

  /** How many JDBC round trips ({@code executeBatch} calls or single executions) were made. */
  int roundTrips();
}
