package dev.cairn.benchmarks.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/** {@code insert-batch}: new rows with generated keys read back, in one transaction. */
public class InsertBatchBenchmark extends ContenderBenchmark {

  /** Empties the table before each single-shot insert. */
  @Setup(Level.Iteration)
  public void truncate() {
    fixture.schema().truncateItems();
  }

  /** Inserts the rows. */
  @Benchmark
  public long insertBatch() {
    return fixture.contender().insertBatch(sizes.insertRows());
  }
}
