package dev.cairn.benchmarks.jmh;

import dev.cairn.benchmarks.Fixture;
import org.openjdk.jmh.annotations.Benchmark;

/** {@code update-dirty}: every row loaded, one field changed on each, flushed. */
public class UpdateDirtyBenchmark extends ContenderBenchmark {

  @Override
  protected void seed(Fixture fixture) {
    fixture.schema().seedItems(sizes.updateRows());
  }

  /** Loads every row, changes one field of each, flushes. */
  @Benchmark
  public long updateDirty() {
    return fixture.contender().updateDirty();
  }
}
