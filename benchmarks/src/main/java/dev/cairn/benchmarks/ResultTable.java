package dev.cairn.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The measurements of one run with each one's ratio to JDBC on the same database and operation,
 * printed as a text table, a Markdown table and {@code results.csv}.
 */
public final class ResultTable {

  /** The CSV header the issue fixes. */
  public static final String CSV_HEADER =
      "database,operation,contender,ms_per_op,time_ratio_vs_jdbc";

  private final List<Measurement> measurements;

  /** The table of {@code measurements}, sorted by database, operation and contender order. */
  public ResultTable(List<Measurement> measurements) {
    List<Measurement> sorted = new ArrayList<>(measurements);
    sorted.sort(
        Comparator.comparing(Measurement::database)
            .thenComparing(m -> operationIndex(m.operation()))
            .thenComparing(m -> contenderIndex(m.contender())));
    this.measurements = List.copyOf(sorted);
  }

  /** The measurements, in table order. */
  public List<Measurement> measurements() {
    return measurements;
  }

  /**
   * Contender time / JDBC time on the same database and operation; {@code NaN} when JDBC was not
   * measured there.
   */
  public double ratio(Measurement measurement) {
    return find(measurement.database(), measurement.operation(), Contenders.JDBC)
        .map(jdbc -> measurement.msPerOp() / jdbc.msPerOp())
        .orElse(Double.NaN);
  }

  /** The measurement of one contender, if there is one. */
  public Optional<Measurement> find(String database, String operation, String contender) {
    return measurements.stream()
        .filter(
            m ->
                m.database().equals(database)
                    && m.operation().equals(operation)
                    && m.contender().equals(contender))
        .findFirst();
  }

  /** The CSV text: the header, then one line per measurement. */
  public String csv() {
    StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
    for (Measurement m : measurements) {
      out.append(m.database())
          .append(',')
          .append(m.operation())
          .append(',')
          .append(m.contender())
          .append(',')
          .append(format("%.3f", m.msPerOp()))
          .append(',')
          .append(format("%.3f", ratio(m)))
          .append('\n');
    }
    return out.toString();
  }

  /** Writes {@link #csv()} to {@code file}, creating its directory. */
  public void writeCsv(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, csv(), StandardCharsets.UTF_8);
  }

  /** A fixed-width text table for the console. */
  public String text() {
    StringBuilder out = new StringBuilder();
    String line = "%-11s %-15s %-21s %12s %10s%n";
    out.append(format(line, "database", "operation", "contender", "ms/op", "vs jdbc"));
    for (Measurement m : measurements) {
      out.append(
          format(
              line,
              m.database(),
              m.operation(),
              m.contender(),
              format("%.1f", m.msPerOp()),
              format("%.2f", ratio(m))));
    }
    return out.toString();
  }

  /** The same table in Markdown, for the README. */
  public String markdown() {
    StringBuilder out =
        new StringBuilder("| database | operation | contender | ms/op | time vs jdbc |\n")
            .append("| --- | --- | --- | ---: | ---: |\n");
    for (Measurement m : measurements) {
      out.append(
          format(
              "| %s | %s | %s | %.1f | %.2f |%n",
              m.database(), m.operation(), m.contender(), m.msPerOp(), ratio(m)));
    }
    return out.toString();
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  private static int operationIndex(String operation) {
    for (Operation candidate : Operation.values()) {
      if (candidate.id().equals(operation)) {
        return candidate.ordinal();
      }
    }
    return Integer.MAX_VALUE;
  }

  private static int contenderIndex(String contender) {
    int index = Contenders.RELATIONS.indexOf(contender);
    return index < 0 ? Integer.MAX_VALUE : index;
  }
}
