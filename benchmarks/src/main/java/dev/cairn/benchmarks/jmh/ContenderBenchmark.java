package dev.cairn.benchmarks.jmh;

import dev.cairn.benchmarks.Fixture;
import dev.cairn.benchmarks.Sizes;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the single-table benchmarks share: one contender on one database, its pool and tables opened
 * for the trial (and seeded by {@link #seed}), timed as single shots in milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class ContenderBenchmark {

  /** {@code h2} or {@code postgresql}. */
  @Param({"h2", "postgresql"})
  public String database = "h2";

  /** The contender's name. */
  @Param({"jdbc", "cairn-core", "cairn-orm", "hibernate", "jooq"})
  public String contender = "jdbc";

  /** The number of rows of each operation. */
  protected final Sizes sizes = Sizes.BENCHMARK;

  /** The open contender, its pool and tables. */
  protected Fixture fixture;

  /** Opens the pool, creates the contender's tables and seeds them. */
  @Setup(Level.Trial)
  public void open() {
    fixture = Fixture.open(database, contender);
    seed(fixture);
  }

  /** Fills the tables the operation reads; nothing by default. */
  protected void seed(Fixture fixture) {}

  /** Closes the contender and the pool. */
  @TearDown(Level.Trial)
  public void close() {
    fixture.close();
  }
}
