package dev.cairn.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds each database server once per JVM (environment URL, else Testcontainers where Docker runs,
 * else skip or, under {@code CI=true}, fail) and hands out private databases on it.
 */
final class DatabaseServers {

  static final String POSTGRES_ENV = "CAIRN_TEST_POSTGRES_URL";
  static final String MARIADB_ENV = "CAIRN_TEST_MARIADB_URL";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String RUN_ID = Long.toString(ProcessHandle.current().pid(), 36);
  private static final Map<TestDatabase, Server> SERVERS = new EnumMap<>(TestDatabase.class);

  private DatabaseServers() {}

  static TestDb open(TestDatabase database) {
    String unique = "cairn_t_" + RUN_ID + "_" + SEQUENCE.incrementAndGet();
    return switch (database) {
      case H2 -> openH2(unique);
      case SQLITE -> openSqlite(unique);
      case POSTGRESQL -> openPostgres(server(database), unique);
      case MARIADB -> openMariaDb(server(database), unique);
    };
  }

  private static TestDb openH2(String unique) {
    String url = "jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1";
    return new TestDb(TestDatabase.H2, url, () -> run(url, "SHUTDOWN"));
  }

  private static TestDb openSqlite(String unique) {
    try {
      Path file = Files.createTempFile(unique, ".sqlite");
      String url = "jdbc:sqlite:" + file + "?foreign_keys=true&busy_timeout=5000";
      return new TestDb(
          TestDatabase.SQLITE,
          url,
          () -> {
            try {
              Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
              // a temp file left behind is harmless
            }
          });
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot create a SQLite file for a test", e);
    }
  }

  private static TestDb openPostgres(Server server, String schema) {
    run(server.url(), "CREATE SCHEMA " + schema);
    String url = withParameter(server.url(), "currentSchema", schema);
    return new TestDb(
        TestDatabase.POSTGRESQL,
        url,
        () -> run(server.url(), "DROP SCHEMA " + schema + " CASCADE"));
  }

  private static TestDb openMariaDb(Server server, String database) {
    run(server.url(), "CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
    String url = withDatabase(server.url(), database);
    return new TestDb(
        TestDatabase.MARIADB, url, () -> run(server.url(), "DROP DATABASE " + database));
  }

  private static synchronized Server server(TestDatabase database) {
    return SERVERS.computeIfAbsent(database, DatabaseServers::findServer).require();
  }

  /**
   * Why tests on {@code database} must be skipped, or null when they can run (or must fail, under
   * {@code CI=true}, which {@link #open} then does).
   */
  static synchronized @Nullable String skipReason(TestDatabase database) {
    if (database == TestDatabase.H2 || database == TestDatabase.SQLITE) {
      return null;
    }
    Server server = SERVERS.computeIfAbsent(database, DatabaseServers::findServer);
    return server.problem().isEmpty() || server.fail() ? null : server.problem();
  }

  private static Server findServer(TestDatabase database) {
    String env = database == TestDatabase.POSTGRESQL ? POSTGRES_ENV : MARIADB_ENV;
    String url = System.getenv(env);
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (url != null && !url.isBlank()) {
      try (Connection ignored = DriverManager.getConnection(url)) {
        return Server.available(url);
      } catch (SQLException e) {
        return Server.unavailable(
            database + " at " + env + "=" + url + " is unreachable: " + e.getMessage(), ci);
      }
    }
    if (dockerAvailable()) {
      JdbcDatabaseContainer<?> container =
          database == TestDatabase.POSTGRESQL
              ? new PostgreSQLContainer("postgres:16-alpine")
              : new MariaDBContainer("mariadb:11.4").withUsername("root").withPassword("");
      container.start();
      String containerUrl =
          withParameter(
              withParameter(container.getJdbcUrl(), "user", container.getUsername()),
              "password",
              container.getPassword());
      return Server.available(containerUrl);
    }
    String example =
        database == TestDatabase.POSTGRESQL
            ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
            : "jdbc:mariadb://127.0.0.1:3306/test?user=root";
    return Server.unavailable(
        database
            + " tests need a server: set "
            + env
            + " (for example "
            + example
            + ") or run Docker for Testcontainers",
        ci);
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Throwable e) {
      return false;
    }
  }

  static String withParameter(String url, String name, String value) {
    return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
  }

  static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    int hostStart = base.indexOf("//") + 2;
    int slash = base.indexOf('/', hostStart);
    String hostPart = slash < 0 ? base : base.substring(0, slash);
    return hostPart + "/" + database + params;
  }

  private static void run(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Test database command failed: " + sql + ": " + e, e);
    }
  }

  private record Server(String url, String problem, boolean fail) {

    static Server available(String url) {
      return new Server(url, "", false);
    }

    static Server unavailable(String problem, boolean fail) {
      System.err.println((fail ? "[cairn-test] FAILING: " : "[cairn-test] SKIPPING: ") + problem);
      return new Server("", problem, fail);
    }

    Server require() {
      if (problem.isEmpty()) {
        return this;
      }
      if (fail) {
        throw new IllegalStateException("CI=true and " + problem);
      }
      Assumptions.abort(problem);
      return this;
    }
  }
}
