package dev.cairn.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's table: order, ratios to JDBC, CSV, Markdown, goals and the command line. */
class ResultTableTest {

  private final ResultTable table =
      new ResultTable(
          List.of(
              new Measurement("postgresql", "insert-batch", "cairn-orm", 260),
              new Measurement("h2", "get-by-id", "cairn-orm", 30),
              new Measurement("postgresql", "insert-batch", "jdbc", 200),
              new Measurement("postgresql", "insert-batch", "hibernate", 500),
              new Measurement("h2", "insert-batch", "jdbc", 100),
              new Measurement("h2", "insert-batch", "cairn-core", 105.5)));

  @Test
  void csvHasTheIssuesHeaderAndRatiosToJdbcOfTheSameDatabaseAndOperation() {
    assertThat(table.csv())
        .isEqualTo(
            """
            database,operation,contender,ms_per_op,time_ratio_vs_jdbc
            h2,insert-batch,jdbc,100.000,1.000
            h2,insert-batch,cairn-core,105.500,1.055
            h2,get-by-id,cairn-orm,30.000,NaN
            postgresql,insert-batch,jdbc,200.000,1.000
            postgresql,insert-batch,cairn-orm,260.000,1.300
            postgresql,insert-batch,hibernate,500.000,2.500
            """);
  }

  @Test
  void markdownHasOneRowPerMeasurement() {
    assertThat(table.markdown().lines())
        .hasSize(8)
        .contains("| postgresql | insert-batch | cairn-orm | 260.0 | 1.30 |");
  }

  @Test
  void goalsCompareRatiosAndTheFastestHibernate() {
    assertThat(Goals.check(table).stream().map(Goals.Outcome::line))
        .containsExactly(
            "met    h2         insert-batch cairn-core <= 1.1x jdbc                         1.06",
            "met    postgresql insert-batch cairn-orm <= 1.3x jdbc                          1.30",
            "met    postgresql insert-batch cairn-orm 1.5x faster than hibernate            1.92");
  }

  @Test
  void commandLineSelectsProfileDatabasesContendersAndBenchmarks() {
    LaunchOptions options =
        LaunchOptions.parse("--full", "--db=h2", "--contender=jdbc,cairn-orm", "GetById");
    assertThat(options.full()).isTrue();
    assertThat(options.databases()).containsExactly("h2");
    assertThat(options.contenders()).containsExactly("jdbc", "cairn-orm");
    assertThat(options.includes()).containsExactly("GetById");
    assertThat(LaunchOptions.parse().includes())
        .containsExactly("dev\\.cairn\\.benchmarks\\.jmh\\.");
    assertThatThrownBy(() -> LaunchOptions.parse("--fast"))
        .hasMessageContaining("Unknown option --fast");
  }
}
