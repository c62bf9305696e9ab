package dev.cairn.core.engine;

/** The outcome of a batch execution. */
record DefaultBatchResult(long[] countArray, Result rows, int roundTrips) implements BatchResult {

  @Override
  public long[] counts() {
    return countArray.clone();
  }

  @Override
  public long totalCount() {
    long total = 0;
    for (long count : countArray) {
      if (count > 0) {
        total += count;
      }
    }
    return total;
  }

  @Override
  public String toString() {
    return "BatchResult of " + countArray.length + " sets in " + roundTrips + " round trips";
  }
}
