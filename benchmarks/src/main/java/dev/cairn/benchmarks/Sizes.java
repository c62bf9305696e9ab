package dev.cairn.benchmarks;

/**
 * How much data each operation handles: the sizes for the benchmarks, smaller ones for the
 * smoke test.
 *
 * @param insertRows rows inserted by {@code insert-batch}
 * @param loadRows rows read by {@code load-entities}
 * @param lookups primary-key lookups by {@code get-by-id}
 * @param updateRows rows loaded and changed by {@code update-dirty}
 * @param parents parents read by {@code relations-load}
 * @param childrenPerParent children of each parent
 */
public record Sizes(
    int insertRows, int loadRows, int lookups, int updateRows, int parents, int childrenPerParent) {

  /** The sizes the issue asks for. */
  public static final Sizes BENCHMARK = new Sizes(100_000, 100_000, 10_000, 10_000, 1_000, 10);
}
