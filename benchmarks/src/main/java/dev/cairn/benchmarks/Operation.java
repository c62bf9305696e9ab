package dev.cairn.benchmarks;

import java.util.List;

/**
 * The operations measured, with the contenders each one runs. {@code relations-load} adds each
 * contender's N+1 remedies as contenders of their own.
 */
public enum Operation {
  /** 100,000 new rows with generated keys read back, in one transaction. */
  INSERT_BATCH("insert-batch", "InsertBatchBenchmark", Contenders.BASE),
  /** 100,000 rows read into objects. */
  LOAD_ENTITIES("load-entities", "LoadEntitiesBenchmark", Contenders.BASE),
  /** 10,000 primary-key lookups, each in a new session and transaction. */
  GET_BY_ID("get-by-id", "GetByIdBenchmark", Contenders.BASE),
  /** 10,000 entities loaded, one field changed on each, flushed. */
  UPDATE_DIRTY("update-dirty", "UpdateDirtyBenchmark", Contenders.BASE),
  /** 1,000 parents loaded with their 10 children each. */
  RELATIONS_LOAD("relations-load", "RelationsLoadBenchmark", Contenders.RELATIONS);

  private final String id;
  private final String benchmarkClass;
  private final List<String> contenders;

  Operation(String id, String benchmarkClass, List<String> contenders) {
    this.id = id;
    this.benchmarkClass = benchmarkClass;
    this.contenders = contenders;
  }

  /** The name in the results ({@code insert-batch}, …). */
  public String id() {
    return id;
  }

  /** The simple name of the JMH benchmark class that measures this operation. */
  public String benchmarkClass() {
    return benchmarkClass;
  }

  /** The contenders measured, {@code jdbc} first. */
  public List<String> contenders() {
    return contenders;
  }

  /** The operation whose benchmark class is {@code simpleName}. */
  public static Operation ofBenchmarkClass(String simpleName) {
    for (Operation operation : values()) {
      if (operation.benchmarkClass.equals(simpleName)) {
        return operation;
      }
    }
    throw new IllegalArgumentException("No operation is measured by " + simpleName);
  }
}
