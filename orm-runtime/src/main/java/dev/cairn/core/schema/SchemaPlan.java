package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which a set of tables is created (parents first) and the foreign keys that close
 * cycles, which are added with {@code ALTER TABLE} after all tables exist.
 */
record SchemaPlan(List<Table> order, Set<ForeignKey> deferred) {

  SchemaPlan {
    order = List.copyOf(order);
    deferred = Set.copyOf(deferred);
  }

  static SchemaPlan of(List<Table> tables) {
    TopologicalSort.Result<Table> sorted =
        TopologicalSort.sort(
            tables, table -> table.foreignKeys().stream().map(ForeignKey::target).toList());
    Set<ForeignKey> deferred = new LinkedHashSet<>();
    for (TopologicalSort.Edge<Table> edge : sorted.brokenEdges()) {
      for (ForeignKey key : edge.from().foreignKeys()) {
        if (key.target() == edge.to()) {
          deferred.add(key);
        }
      }
    }
    return new SchemaPlan(sorted.order(), deferred);
  }

  /** The cycle-closing foreign keys in table order. */
  List<ForeignKey> deferredInOrder() {
    List<ForeignKey> keys = new ArrayList<>();
    for (Table table : order) {
      for (ForeignKey key : table.foreignKeys()) {
        if (deferred.contains(key)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /** {@code a -> b -> a}: the tables along the cycle that {@code key} closes. */
  private String cycle(ForeignKey key) {
    Table start = key.table();
    Map<Table, Table> parent = new HashMap<>();
    ArrayDeque<Table> queue = new ArrayDeque<>();
    queue.add(key.target());
    parent.put(key.target(), key.target());
    while (!queue.isEmpty() && !parent.containsKey(start)) {
      Table current = queue.poll();
      for (ForeignKey next : current.foreignKeys()) {
        if (order.contains(next.target()) && parent.putIfAbsent(next.target(), current) == null) {
          queue.add(next.target());
        }
      }
    }
    List<String> path = new ArrayList<>();
    path.add(start.name());
    Table step = start;
    while (parent.containsKey(step) && step != key.target()) {
      step = parent.get(step);
      path.add(0, step.name());
    }
    path.add(0, start.name());
    return String.join(" -> ", path);
  }

  /** Fails when the plan needs ALTER TABLE ADD CONSTRAINT and the dialect has none. */
  void requireCyclesSupported(DdlCompiler compiler) {
    if (deferred.isEmpty() || compiler.ddl().supportsAddForeignKey()) {
      return;
    }
    List<String> cycles = new ArrayList<>();
    for (ForeignKey key : deferredInOrder()) {
      cycles.add(cycle(key));
    }
    List<String> keys = deferredInOrder().stream().map(ForeignKey::describe).toList();
    throw new CairnException(
        "Tables form a foreign-key cycle "
            + String.join("; ", cycles)
            + ": the foreign keys "
            + keys
            + " close it, which needs ALTER TABLE ... ADD CONSTRAINT after the"
            + " tables exist; "
            + compiler.dialect().name()
            + " cannot add a foreign key to an existing table. Break the cycle: drop one of these"
            + " foreign keys or make it a plain column");
  }
}
