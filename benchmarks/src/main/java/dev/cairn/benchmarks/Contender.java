package dev.cairn.benchmarks;

/**
 * One way of talking to the database, able to run every operation. Each method does the whole
 * operation (its own transactions included) and returns a checksum of what it read or wrote, so the
 * work cannot be optimized away and contenders can be checked against each other.
 */
public interface Contender extends AutoCloseable {

  /**
   * Inserts {@code rows} new items in one transaction, reading their generated keys back; returns
   * how many keys were read.
   */
  long insertBatch(int rows);

  /** Reads every item into an object; returns the sum of their quantities plus their count. */
  long loadEntities();

  /**
   * Looks every id up by primary key, each in a new session and transaction; returns the sum of the
   * quantities found.
   */
  long getById(long[] ids);

  /**
   * Loads every item, adds one to the quantity of each and writes the change; returns the sum of
   * the new quantities.
   */
  long updateDirty();

  /** Loads every parent and touches each child; returns the sum of the children's ids. */
  long relationsLoad();

  /** Frees what the contender holds (not the shared data source). */
  @Override
  void close();
}
