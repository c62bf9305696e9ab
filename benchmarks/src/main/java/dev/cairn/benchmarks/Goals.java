package dev.cairn.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cairn's performance goals from issue #8, checked against one run: time ratios to JDBC for Cairn's
 * ORM and Core, and Cairn's ORM against the fastest Hibernate variant of each operation.
 */
public final class Goals {

  private Goals() {}

  /** One goal's outcome, as a line for the console and the README. */
  public record Outcome(String database, String goal, double actual, boolean met) {

    /** {@code met}/{@code MISSED}, the goal and the measured value. */
    public String line() {
      return String.format(
          Locale.ROOT, "%-6s %-10s %-58s %6.2f", met ? "met" : "MISSED", database, goal, actual);
    }
  }

  /** Every goal that can be checked with the measurements of {@code table}. */
  public static List<Outcome> check(ResultTable table) {
    List<Outcome> outcomes = new ArrayList<>();
    for (String database : databases(table)) {
      ratio(table, outcomes, database, "insert-batch", "cairn-orm", 1.3);
      ratio(table, outcomes, database, "insert-batch", "cairn-core", 1.1);
      ratio(table, outcomes, database, "load-entities", "cairn-orm", 1.3);
      ratio(table, outcomes, database, "get-by-id", "cairn-orm", 1.2);
      ratio(table, outcomes, database, "update-dirty", "cairn-orm", 1.3);
      ratio(table, outcomes, database, "relations-load", "cairn-orm", 1.5);
      for (Operation operation : Operation.values()) {
        boolean wide = operation == Operation.INSERT_BATCH || operation == Operation.RELATIONS_LOAD;
        versusHibernate(table, outcomes, database, operation.id(), wide ? 1.5 : 1.0);
      }
    }
    return outcomes;
  }

  private static void ratio(
      ResultTable table,
      List<Outcome> outcomes,
      String database,
      String operation,
      String contender,
      double limit) {
    table
        .find(database, operation, contender)
        .ifPresent(
            m -> {
              double ratio = table.ratio(m);
              if (!Double.isNaN(ratio)) {
                String goal =
                    String.format(Locale.ROOT, "%s %s <= %.1fx jdbc", operation, contender, limit);
                outcomes.add(new Outcome(database, goal, ratio, ratio <= limit));
              }
            });
  }

  private static void versusHibernate(
      ResultTable table, List<Outcome> outcomes, String database, String operation, double factor) {
    var cairn = table.find(database, operation, "cairn-orm");
    var hibernate =
        table.measurements().stream()
            .filter(m -> m.database().equals(database) && m.operation().equals(operation))
            .filter(m -> m.contender().startsWith("hibernate"))
            .min(java.util.Comparator.comparingDouble(Measurement::msPerOp));
    if (cairn.isPresent() && hibernate.isPresent()) {
      double speedup = hibernate.get().msPerOp() / cairn.get().msPerOp();
      String goal =
          String.format(
              Locale.ROOT,
              "%s cairn-orm %.1fx faster than %s",
              operation,
              factor,
              hibernate.get().contender());
      outcomes.add(
          new Outcome(database, goal, speedup, factor > 1.0 ? speedup >= factor : speedup > 1.0));
    }
  }

  private static List<String> databases(ResultTable table) {
    return table.measurements().stream().map(Measurement::database).distinct().toList();
  }
}
