package dev.cairn.benchmarks;

import java.util.Random;

/** The ids {@code get-by-id} looks up: every id once, in a fixed random order. */
public final class Lookups {

  private Lookups() {}

  /** The ids 1 to {@code count}, shuffled with a fixed seed. */
  public static long[] shuffledIds(int count) {
    long[] ids = new long[count];
    for (int i = 0; i < count; i++) {
      ids[i] = i + 1;
    }
    Random random = new Random(42);
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long swap = ids[i];
      ids[i] = ids[j];
      ids[j] = swap;
    }
    return ids;
  }
}
