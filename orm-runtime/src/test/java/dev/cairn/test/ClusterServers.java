package dev.cairn.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The multi-node servers of the replica, retry and Galera tests, from {@code
 * CAIRN_TEST_POSTGRES_REPLICA_URL} (a streaming replica of the server at {@code
 * CAIRN_TEST_POSTGRES_URL}) and {@code CAIRN_TEST_GALERA_URLS} (comma-separated, one URL per Galera
 * node). {@code bash .ci/cluster start} starts both and prints the exports. Without them a test is
 * skipped with a message saying so, except under {@code CI=true}, where it fails.
 */
public final class ClusterServers {

  static final String REPLICA_ENV = "CAIRN_TEST_POSTGRES_REPLICA_URL";
  static final String GALERA_ENV = "CAIRN_TEST_GALERA_URLS";
  static final String GALERA_CONTROL_ENV = "CAIRN_TEST_GALERA_CONTROL";

  private static final String HOW =
      "; start the cluster with `bash .ci/cluster start` and export what it prints (`bash .ci/run`"
          + " does both and runs the build)";
  private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([^&]+)");

  private ClusterServers() {}

  /** The URL of the PostgreSQL replica's server (no schema), or skip/fail when it is missing. */
  public static String postgresReplicaUrl() {
    String url = require(REPLICA_ENV, "the PostgreSQL replica tests");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT pg_is_in_recovery()")) {
      rows.next();
      if (!rows.getBoolean(1)) {
        return unavailable(
            REPLICA_ENV + "=" + url + " is not a standby (pg_is_in_recovery() is false)");
      }
      return url;
    } catch (SQLException e) {
      return unavailable(REPLICA_ENV + "=" + url + " is unreachable: " + e.getMessage());
    }
  }

  /** The replica's URL for the private schema of {@code primary} (a PostgreSQL test database). */
  public static String replicaOf(TestDb primary) {
    Matcher schema = SCHEMA.matcher(primary.jdbcUrl());
    if (primary.database() != TestDatabase.POSTGRESQL || !schema.find()) {
      throw new IllegalArgumentException("Not a PostgreSQL test database: " + primary.jdbcUrl());
    }
    return DatabaseServers.withParameter(postgresReplicaUrl(), "currentSchema", schema.group(1));
  }

  /**
   * Waits until the replica has replayed everything the primary of {@code primary} has written so
   * far (its WAL position now), polling until {@code timeout}; fails naming the lag otherwise.
   */
  public static void awaitReplica(TestDb primary, Duration timeout) {
    String lsn;
    try (Connection connection = primary.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
      rows.next();
      lsn = rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the primary's WAL position", e);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Connection replica = DriverManager.getConnection(postgresReplicaUrl());
        PreparedStatement caughtUp =
            replica.prepareStatement("SELECT pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
      caughtUp.setString(1, lsn);
      while (true) {
        try (ResultSet rows = caughtUp.executeQuery()) {
          rows.next();
          if (rows.getBoolean(1)) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "The replica did not replay the primary's WAL up to " + lsn + " within " + timeout);
        }
        Thread.sleep(10);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the replica's replay position", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One URL per Galera node (database {@code test}), or skip/fail when they are missing. */
  public static List<String> galeraUrls() {
    String env = require(GALERA_ENV, "the Galera tests");
    List<String> urls = Arrays.stream(env.split(",")).map(String::strip).toList();
    for (String url : urls) {
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SHOW STATUS LIKE 'wsrep_cluster_size'")) {
        if (!rows.next()) {
          return unavailable(url + " is not a Galera node (no wsrep status)");
        }
      } catch (SQLException e) {
        return unavailable(GALERA_ENV + " node " + url + " is unreachable: " + e.getMessage());
      }
    }
    return urls;
  }

  /** The script that stops and starts Galera nodes ({@code .ci/cluster}). */
  public static Path galeraControl() {
    String env = System.getenv(GALERA_CONTROL_ENV);
    Path script = env == null || env.isBlank() ? null : Path.of(env);
    for (Path dir = Path.of("").toAbsolutePath(); script == null && dir != null; ) {
      Path candidate = dir.resolve(".ci/cluster");
      if (Files.isRegularFile(candidate)) {
        script = candidate;
      }
      dir = dir.getParent();
    }
    if (script == null || !Files.isRegularFile(script)) {
      return unavailable("the Galera control script .ci/cluster was not found");
    }
    return script;
  }

  /** Runs {@code .ci/cluster} with {@code arguments}, failing with its output when it fails. */
  public static void control(Duration timeout, String... arguments) {
    String[] command = new String[arguments.length + 2];
    command[0] = "bash";
    command[1] = galeraControl().toString();
    System.arraycopy(arguments, 0, command, 2, arguments.length);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
      }
      String output = new String(process.getInputStream().readAllBytes());
      if (process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String require(String env, String what) {
    String value = System.getenv(env);
    if (value == null || value.isBlank()) {
      return unavailable(what + " need " + env);
    }
    return value;
  }

  private static <T> T unavailable(String problem) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true and " + problem + HOW);
    }
    Assumptions.abort("SKIPPING: " + problem + HOW);
    throw new IllegalStateException(problem);
  }
}
