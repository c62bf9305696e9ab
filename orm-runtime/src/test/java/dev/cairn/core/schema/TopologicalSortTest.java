package dev.cairn.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologicalSortTest {

  private static TopologicalSort.Result<String> sort(
      List<String> nodes, Map<String, List<String>> deps) {
    return TopologicalSort.sort(nodes, n -> deps.getOrDefault(n, List.of()));
  }

  @Test
  void dependenciesComeFirstAndTiesKeepTheInputOrder() {
    TopologicalSort.Result<String> result =
        sort(List.of("c", "b", "a", "d"), Map.of("c", List.of("a"), "b", List.of("a", "d")));
    assertThat(result.order()).containsExactly("a", "c", "d", "b");
    assertThat(result.brokenEdges()).isEmpty();
  }

  @Test
  void selfDependenciesAndUnknownNodesAreIgnored() {
    TopologicalSort.Result<String> result =
        sort(List.of("a", "b"), Map.of("a", List.of("a", "zzz"), "b", List.of("a")));
    assertThat(result.order()).containsExactly("a", "b");
    assertThat(result.brokenEdges()).isEmpty();
  }

  @Test
  void cyclesAreBrokenAtTheFirstNodeOnTheCycle() {
    TopologicalSort.Result<String> result =
        sort(
            List.of("x", "a", "b", "c"),
            Map.of("x", List.of("c"), "a", List.of("b"), "b", List.of("c"), "c", List.of("a")));
    assertThat(result.brokenEdges()).containsExactly(new TopologicalSort.Edge<>("a", "b"));
    assertThat(result.order()).containsExactly("a", "c", "x", "b");
  }

  @Test
  void twoSeparateCyclesAreBothBroken() {
    TopologicalSort.Result<String> result =
        sort(
            List.of("a", "b", "c", "d"),
            Map.of("a", List.of("b"), "b", List.of("a"), "c", List.of("d"), "d", List.of("c")));
    assertThat(result.brokenEdges())
        .containsExactly(
            new TopologicalSort.Edge<>("a", "b"), new TopologicalSort.Edge<>("c", "d"));
    assertThat(result.order()).containsExactly("a", "b", "c", "d");
  }
}
