package dev.cairn.core.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A stable topological sort that breaks cycles instead of failing: nodes come after what they
 * depend on, ties keep the input order, and where dependencies form a cycle the edges of the first
 * node on the cycle (in input order) that lead back to it are dropped and reported. Used for tables
 * in foreign-key order, and neutral enough for any ordering of dependent actions. Nodes are
 * compared with {@code equals}.
 */
public final class TopologicalSort {

  private TopologicalSort() {}

  /**
   * A dependency edge: {@code from} depends on {@code to}.
   *
   * @param from the dependent node
   * @param to the node it depends on
   * @param <N> the node type
   */
  public record Edge<N>(N from, N to) {}

  /**
   * The outcome of a sort.
   *
   * @param order every node, each after the nodes it depends on except along broken edges
   * @param brokenEdges the dependency edges ignored to break cycles, in the order broken
   * @param <N> the node type
   */
  public record Result<N>(List<N> order, List<Edge<N>> brokenEdges) {

    /** Copies the lists. */
    public Result {
      order = List.copyOf(order);
      brokenEdges = List.copyOf(brokenEdges);
    }
  }

  /**
   * Sorts {@code nodes} so each comes after its {@code dependencies}; dependencies on itself or on
   * nodes not in the list are ignored.
   */
  public static <N> Result<N> sort(
      List<N> nodes, Function<? super N, ? extends Collection<? extends N>> dependencies) {
    Map<N, Set<N>> remaining = new LinkedHashMap<>();
    Set<N> all = new HashSet<>(nodes);
    for (N node : nodes) {
      Set<N> deps = new LinkedHashSet<>();
      for (N dep : dependencies.apply(node)) {
        if (all.contains(dep) && !dep.equals(node)) {
          deps.add(dep);
        }
      }
      remaining.putIfAbsent(node, deps);
    }
    List<N> order = new ArrayList<>();
    List<Edge<N>> broken = new ArrayList<>();
    while (!remaining.isEmpty()) {
      N ready = null;
      for (Map.Entry<N, Set<N>> entry : remaining.entrySet()) {
        if (entry.getValue().isEmpty()) {
          ready = entry.getKey();
          break;
        }
      }
      if (ready == null) {
        breakCycle(remaining, broken);
        continue;
      }
      remaining.remove(ready);
      order.add(ready);
      for (Set<N> deps : remaining.values()) {
        deps.remove(ready);
      }
    }
    return new Result<>(order, broken);
  }

  /** Drops the edges of the first node on a cycle that lead back to it. */
  private static <N> void breakCycle(Map<N, Set<N>> remaining, List<Edge<N>> broken) {
    for (Map.Entry<N, Set<N>> entry : remaining.entrySet()) {
      N node = entry.getKey();
      List<N> cyclic = new ArrayList<>();
      for (N dep : entry.getValue()) {
        if (reaches(remaining, dep, node)) {
          cyclic.add(dep);
        }
      }
      if (!cyclic.isEmpty()) {
        for (N dep : cyclic) {
          entry.getValue().remove(dep);
          broken.add(new Edge<>(node, dep));
        }
        return;
      }
    }
    throw new IllegalStateException("No node is ready and none is on a cycle: " + remaining);
  }

  private static <N> boolean reaches(Map<N, Set<N>> graph, N start, N goal) {
    Deque<N> pending = new ArrayDeque<>();
    Set<N> seen = new HashSet<>();
    pending.push(start);
    while (!pending.isEmpty()) {
      N current = pending.pop();
      if (current.equals(goal)) {
        return true;
      }
      if (seen.add(current)) {
        pending.addAll(graph.getOrDefault(current, Set.of()));
      }
    }
    return false;
  }
}
