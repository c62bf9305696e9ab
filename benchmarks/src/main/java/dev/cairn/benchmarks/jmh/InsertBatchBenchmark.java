package dev.cairn.benchmarks.jmh;

import dev.cairn.benchmarks.Fixture;
import dev.cairn.benchmarks.Sizes;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** {@code insert-batch}: new rows with generated keys read back, in one transaction. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InsertBatchBenchmark {

  /** {@code h2} or {@code postgresql}. */
  @Param({"h2", "postgresql"})
  public String database = "h2";

  /** The contender's name. */
  @Param({"jdbc", "cairn-core", "cairn-orm", "hibernate", "jooq"})
  public String contender = "jdbc";

  private final Sizes sizes = Sizes.BENCHMARK;
  private Fixture fixture;

  /** Opens the pool, creates the contender's tables and seeds them. */
  @Setup(Level.Trial)
  public void open() {
    fixture = Fixture.open(database, contender);
  }

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

  /** Closes the contender and the pool. */
  @TearDown(Level.Trial)
  public void close() {
    fixture.close();
  }
}
