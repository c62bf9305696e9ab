package dev.cairn.orm;

/**
 * What one flush wrote: how many entities it inserted, updated and deleted. Passed to {@link
 * SessionListener#afterFlush(Session, FlushStats)}, e.g. for metrics.
 */
public record FlushStats(int inserted, int updated, int deleted) {

  /** The statistics of a flush that found nothing to write. */
  public static final FlushStats EMPTY = new FlushStats(0, 0, 0);

  /** Checks the counts are not negative. */
  public FlushStats {
    if (inserted < 0 || updated < 0 || deleted < 0) {
      throw new IllegalArgumentException(
          "flush counts must not be negative: " + inserted + "/" + updated + "/" + deleted);
    }
  }

  /** Entities written in all: inserted + updated + deleted. */
  public int total() {
    return inserted + updated + deleted;
  }
}
