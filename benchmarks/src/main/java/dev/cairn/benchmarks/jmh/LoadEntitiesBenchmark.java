package dev.cairn.benchmarks.jmh;

import dev.cairn.benchmarks.Fixture;
import org.openjdk.jmh.annotations.Benchmark;

/** {@code load-entities}: every row of the table read into objects (entities or records). */
public class LoadEntitiesBenchmark extends ContenderBenchmark {

  @Override
  protected void seed(Fixture fixture) {
    fixture.schema().seedItems(sizes.loadRows());
  }

  /** Reads every row into an object. */
  @Benchmark
  public long loadEntities() {
    return fixture.contender().loadEntities();
  }
}
