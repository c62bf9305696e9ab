package dev.cairn.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks through JMH's Runner API, then prints the results as a text table, a Markdown
 * table and the goals met or missed, and writes {@code results.csv} and {@code results.md} next to
 * the jar ({@code benchmarks/target/}). See {@link LaunchOptions} for the command line.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  /** Entry point of {@code java -jar benchmarks/target/benchmarks.jar [options] [regex…]}. */
  public static void main(String[] args) throws RunnerException, IOException {
    LaunchOptions options = LaunchOptions.parse(args);
    List<String> databases = databases(options);
    ChainedOptionsBuilder jmh =
        new OptionsBuilder()
            .param("database", databases.toArray(new String[0]))
            .shouldFailOnError(true)
            .jvmArgsAppend("-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j");
    for (String include : options.includes()) {
      jmh.include(include);
    }
    if (!options.contenders().isEmpty()) {
      jmh.param("contender", options.contenders().toArray(new String[0]));
    }
    for (String profiler : options.profilers()) {
      int colon = profiler.indexOf(':');
      if (colon < 0) {
        jmh.addProfiler(profiler);
      } else {
        jmh.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
      }
    }
    if (options.full()) {
      jmh.forks(2).warmupIterations(5).measurementIterations(10);
    } else {
      jmh.forks(1).warmupIterations(1).measurementIterations(3);
    }
    long started = System.nanoTime();
    Collection<RunResult> results = new Runner(jmh.build()).run();
    ResultTable table = new ResultTable(measurements(results));
    Path directory = outputDirectory();
    table.writeCsv(directory.resolve("results.csv"));
    StringBuilder report = new StringBuilder(table.markdown()).append('\n');
    for (Goals.Outcome outcome : Goals.check(table)) {
      report.append("    ").append(outcome.line()).append('\n');
    }
    Files.writeString(directory.resolve("results.md"), report, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(table.text());
    System.out.println(table.markdown());
    System.out.println("Goals (ratio to jdbc, or speed-up over the fastest Hibernate variant):");
    Goals.check(table).forEach(outcome -> System.out.println("  " + outcome.line()));
    System.out.printf(
        "%nWrote %s and results.md in %d s%n",
        directory.resolve("results.csv"), (System.nanoTime() - started) / 1_000_000_000L);
  }

  private static List<Measurement> measurements(Collection<RunResult> results) {
    List<Measurement> measurements = new ArrayList<>();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String[] name = params.getBenchmark().split("\\.");
      Operation operation = Operation.ofBenchmarkClass(name[name.length - 2]);
      measurements.add(
          new Measurement(
              params.getParam("database"),
              operation.id(),
              params.getParam("contender"),
              result.getPrimaryResult().getScore()));
    }
    return measurements;
  }

  /** The databases to run on: those asked for, PostgreSQL only when it answers. */
  private static List<String> databases(LaunchOptions options) {
    List<String> asked =
        options.databases().isEmpty() ? List.of("h2", "postgresql") : options.databases();
    List<String> usable = new ArrayList<>();
    for (String database : asked) {
      BenchmarkDatabase db = BenchmarkDatabase.named(database);
      if (db == BenchmarkDatabase.H2 || reachable(db)) {
        usable.add(db.id());
      }
    }
    return usable;
  }

  private static boolean reachable(BenchmarkDatabase database) {
    DriverManager.setLoginTimeout(5);
    try (Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
      return connection.isValid(5);
    } catch (SQLException e) {
      System.out.println(
          "PostgreSQL is not reachable at "
              + database.jdbcUrl()
              + " ("
              + e.getMessage()
              + "); set CAIRN_TEST_POSTGRES_URL. Running on H2 only.");
      return false;
    }
  }

  /** The directory of the running jar ({@code benchmarks/target}), else {@code target}. */
  private static Path outputDirectory() {
    try {
      Path location =
          Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) ? location.getParent() : Path.of("target");
    } catch (URISyntaxException | SecurityException e) {
      return Path.of("target");
    }
  }
}
