package dev.cairn.benchmarks.jmh;

import dev.cairn.benchmarks.Fixture;
import dev.cairn.benchmarks.Lookups;
import org.openjdk.jmh.annotations.Benchmark;

/** {@code get-by-id}: primary-key lookups, each in a new session and transaction. */
public class GetByIdBenchmark extends ContenderBenchmark {

  private long[] ids = new long[0];

  @Override
  protected void seed(Fixture fixture) {
    fixture.schema().seedItems(sizes.lookups());
    ids = Lookups.shuffledIds(sizes.lookups());
  }

  /** Looks every id up, each in its own session and transaction. */
  @Benchmark
  public long getById() {
    return fixture.contender().getById(ids);
  }
}
