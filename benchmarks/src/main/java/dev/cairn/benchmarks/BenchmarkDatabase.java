package dev.cairn.benchmarks;

import java.util.Locale;

/** The databases the benchmarks run on, with the SQL that differs between them. */
public enum BenchmarkDatabase {
  /** H2 in memory, in the benchmark's own JVM. */
  H2("h2"),
  /** The local PostgreSQL server, from {@code CAIRN_TEST_POSTGRES_URL}. */
  POSTGRESQL("postgresql");

  /** The default PostgreSQL URL when {@code CAIRN_TEST_POSTGRES_URL} is not set. */
  public static final String DEFAULT_POSTGRES_URL =
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  private final String id;

  BenchmarkDatabase(String id) {
    this.id = id;
  }

  /** The name used in JMH parameters and in the results ({@code h2}, {@code postgresql}). */
  public String id() {
    return id;
  }

  /** The database named {@code id}; a message naming the known ones otherwise. */
  public static BenchmarkDatabase named(String id) {
    for (BenchmarkDatabase database : values()) {
      if (database.id.equals(id.toLowerCase(Locale.ROOT))) {
        return database;
      }
    }
    throw new IllegalArgumentException("Unknown database '" + id + "'; use h2 or postgresql");
  }

  /**
   * The JDBC URL every contender uses. PostgreSQL gets {@code reWriteBatchedInserts=true}, the
   * driver's documented switch for fast batch inserts, for all contenders alike.
   */
  public String jdbcUrl() {
    if (this == H2) {
      return "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
    }
    String url = System.getenv("CAIRN_TEST_POSTGRES_URL");
    String base = url == null || url.isBlank() ? DEFAULT_POSTGRES_URL : url;
    return base + (base.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
  }

  /**
   * A row source of the numbers 1 to {@code count} in a column named {@code x}, for seeding data on
   * the server side.
   */
  String numbers(int count) {
    return this == H2
        ? "(SELECT X AS x FROM SYSTEM_RANGE(1, " + count + ")) n"
        : "generate_series(1, " + count + ") AS n(x)";
  }
}
