package dev.cairn.test;

/**
 * Opens a private database outside a {@link DatabaseTest} method, for tests whose database must
 * exist before the test instance does — a Spring test context, for example:
 *
 * <pre>{@code
 * static TestDb db;
 * @BeforeAll static void open() { db = TestDatabases.open(TestDatabase.POSTGRESQL); }
 * @AfterAll static void close() { db.close(); }
 * @DynamicPropertySource static void url(DynamicPropertyRegistry r) {
 *   r.add("spring.datasource.url", db::jdbcUrl);
 * }
 * }</pre>
 *
 * <p>The server is found as for {@link DatabaseTest}; when there is none the caller is aborted as a
 * skipped test (in {@code @BeforeAll}: the whole class), or fails under {@code CI=true}.
 */
public final class TestDatabases {

  private TestDatabases() {}

  /** A fresh, empty database of {@code database}'s kind; close it when done. */
  public static TestDb open(TestDatabase database) {
    return DatabaseServers.open(database);
  }
}
