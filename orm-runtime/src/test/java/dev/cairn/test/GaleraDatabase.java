package dev.cairn.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A private database on the Galera cluster of {@link ClusterServers#galeraUrls()}: created on the
 * first node (Galera replicates the DDL to every node), reachable through each node's URL, dropped
 * on {@link #close()}.
 */
public final class GaleraDatabase implements AutoCloseable {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String RUN_ID = Long.toString(ProcessHandle.current().pid(), 36);

  private final List<String> serverUrls;
  private final String name;
  private final List<String> urls;

  private GaleraDatabase(List<String> serverUrls, String name) {
    this.serverUrls = serverUrls;
    this.name = name;
    this.urls = serverUrls.stream().map(url -> DatabaseServers.withDatabase(url, name)).toList();
  }

  /** A fresh, empty database on the cluster (skips or fails when there is no cluster). */
  public static GaleraDatabase open() {
    List<String> servers = ClusterServers.galeraUrls();
    GaleraDatabase database =
        new GaleraDatabase(servers, "cairn_g_" + RUN_ID + "_" + SEQUENCE.incrementAndGet());
    database.execute(0, "CREATE DATABASE " + database.name + " CHARACTER SET utf8mb4");
    return database;
  }

  /** The database's URL on each node, in node order. */
  public List<String> urls() {
    return urls;
  }

  /** The database's URL on node {@code index} (0-based). */
  public String url(int index) {
    return urls.get(index);
  }

  /**
   * A URL that connects to node {@code first} and, when that node is down, to the others in turn
   * (MariaDB Connector/J's {@code sequential} failover).
   */
  public String failoverUrl(int first) {
    StringBuilder hosts = new StringBuilder();
    for (int i = 0; i < serverUrls.size(); i++) {
      String url = serverUrls.get((first + i) % serverUrls.size());
      int start = url.indexOf("//") + 2;
      if (hosts.length() > 0) {
        hosts.append(',');
      }
      hosts.append(url, start, url.indexOf('/', start));
    }
    String any = urls.get(first);
    return "jdbc:mariadb:sequential://"
        + hosts
        + any.substring(any.indexOf('/', any.indexOf("//") + 2));
  }

  /** Runs SQL on node {@code index} over JDBC, for setting up and checking around the test. */
  public void execute(int index, String... sql) {
    try (Connection connection = DriverManager.getConnection(serverUrls.get(index));
        Statement statement = connection.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Galera test SQL failed on node " + (index + 1) + ": " + e, e);
    }
  }

  /**
   * A number read on node {@code index} with {@code wsrep_sync_wait} on, so that the read waits for
   * every write the cluster committed before it (a causal read).
   */
  public long queryLong(int index, String sql) {
    try (Connection connection = DriverManager.getConnection(urls.get(index));
        Statement statement = connection.createStatement()) {
      statement.execute("SET SESSION wsrep_sync_wait = 1");
      try (ResultSet rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Galera query failed on node " + (index + 1) + ": " + e, e);
    }
  }

  /** A wsrep status value of node {@code index}, or null when the node does not answer. */
  public String status(int index, String variable) {
    try (Connection connection = DriverManager.getConnection(serverUrls.get(index));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW STATUS LIKE '" + variable + "'")) {
      return rows.next() ? rows.getString(2) : null;
    } catch (SQLException e) {
      return null;
    }
  }

  /**
   * Polls until every node is Synced in a cluster of all of them, failing after {@code timeout}.
   */
  public void awaitAllSynced(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String size = String.valueOf(serverUrls.size());
    while (true) {
      boolean synced = true;
      for (int i = 0; i < serverUrls.size() && synced; i++) {
        synced =
            size.equals(status(i, "wsrep_cluster_size"))
                && "Synced".equals(status(i, "wsrep_local_state_comment"));
      }
      if (synced) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The Galera cluster is not back to " + size + " synced nodes");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() {
    execute(0, "DROP DATABASE IF EXISTS " + name);
  }

  @Override
  public String toString() {
    return "galera:" + name;
  }
}
