package dev.cairn.orm.retry;

import static dev.cairn.orm.retry.RetryFixtures.await;
import static dev.cairn.orm.retry.RetryFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.CommitOutcomeUnknownException;
import dev.cairn.core.DeadlockException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.retry.RetryEvent;
import dev.cairn.core.retry.RetryPolicy;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.StaleEntityException;
import dev.cairn.orm.retry.RetryFixtures.Counter;
import dev.cairn.orm.retry.RetryFixtures.Item;
import dev.cairn.test.ClusterServers;
import dev.cairn.test.GaleraDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writers on different nodes of a three-node Galera cluster ({@code CAIRN_TEST_GALERA_URLS}): a
 * transaction that loses the certification of a conflicting one committed on another node fails
 * with MariaDB's error 1213, a {@link DeadlockException}; the retry policy runs it again.
 */
class GaleraRetryTest {

  private static final int NODES = 3;

  private GaleraDatabase galera;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<RetryEvent> retries = new CopyOnWriteArrayList<>();

  @BeforeEach
  void open() {
    galera = GaleraDatabase.open();
  }

  @AfterEach
  void close() {
    pools.forEach(HikariDataSource::close);
    if (galera != null) {
      galera.close();
    }
  }

  /** A session factory over a pool on {@code url}; the first one creates the tables. */
  private SessionFactory sessions(String url) {
    HikariDataSource pool = RetryFixtures.pool(url, null);
    pools.add(pool);
    SessionFactory sessions =
        SessionFactory.builder(Engine.of(pool)).entities(Counter.class, Item.class).build();
    if (pools.size() == 1) {
      sessions.createAll();
    }
    return sessions;
  }

  private List<SessionFactory> onEachNode(IntFunction<String> url) {
    List<SessionFactory> nodes = new ArrayList<>();
    for (int node = 0; node < NODES; node++) {
      nodes.add(sessions(url.apply(node)));
    }
    return nodes;
  }

  @Test
  void concurrentWritersOnThreeNodesUpdatingOneRowLoseNothingWithRetry() throws Exception {
    List<SessionFactory> nodes = onEachNode(galera::url);
    nodes.get(0).runInTransaction(RetryPolicy.none(), s -> s.add(new Counter(1, 0)));
    int rounds = 6;
    // A node may apply a write of another node between this transaction's read and its write;
    // Galera certifies only writes against writes, so the @Version check catches that case.
    RetryPolicy policy =
        policy(10, retries).toBuilder().retryOnType(StaleEntityException.class).build();
    CyclicBarrier allHoldTheRow = new CyclicBarrier(NODES);
    List<CompletableFuture<Void>> writers = new ArrayList<>();
    for (SessionFactory node : nodes) {
      writers.add(
          CompletableFuture.runAsync(
              () -> {
                for (int round = 0; round < rounds; round++) {
                  int[] attempt = {0};
                  node.runInTransaction(
                      policy,
                      session -> {
                        session.get(Counter.class, 1L).hits++;
                        session.flush();
                        if (++attempt[0] == 1) {
                          await(allHoldTheRow);
                        }
                      });
                }
              }));
    }
    CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(180, TimeUnit.SECONDS);

    for (int node = 0; node < NODES; node++) {
      assertThat(galera.queryLong(node, "SELECT hits FROM counters WHERE id = 1"))
          .as("hits seen on node %d", node + 1)
          .isEqualTo(NODES * rounds);
    }
    assertThat(retries).as("certification conflicts retried").hasSizeGreaterThanOrEqualTo(rounds);
    assertThat(retries)
        .extracting(RetryEvent::kind)
        .contains(ErrorKind.DEADLOCK)
        .isSubsetOf(ErrorKind.DEADLOCK, ErrorKind.OTHER);
    assertThat(retries)
        .filteredOn(retry -> retry.kind() == ErrorKind.DEADLOCK)
        .extracting(retry -> ((DeadlockException) retry.failure()).vendorCode())
        .containsOnly(1213);
  }

  @Test
  void withoutRetryTheLoserOfACertificationConflictFailsTyped() throws Exception {
    List<SessionFactory> nodes = onEachNode(galera::url);
    nodes.get(0).runInTransaction(RetryPolicy.none(), s -> s.add(new Counter(1, 0)));
    CyclicBarrier bothHoldTheRow = new CyclicBarrier(2);
    List<CompletableFuture<Void>> writers = new ArrayList<>();
    for (SessionFactory node : nodes.subList(0, 2)) {
      writers.add(
          CompletableFuture.runAsync(
              () ->
                  node.runInTransaction(
                      RetryPolicy.none(),
                      session -> {
                        session.get(Counter.class, 1L).hits++;
                        session.flush();
                        await(bothHoldTheRow);
                      })));
    }
    List<Throwable> failures = new ArrayList<>();
    for (CompletableFuture<Void> writer : writers) {
      try {
        writer.get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(e.getCause());
      }
    }
    assertThat(failures)
        .singleElement()
        .isInstanceOfSatisfying(
            DeadlockException.class, e -> assertThat(e.vendorCode()).isEqualTo(1213));
    assertThat(galera.queryLong(2, "SELECT hits FROM counters WHERE id = 1")).isEqualTo(1);
  }

  @Test
  void theClusterKeepsServingWhileANodeIsStoppedAndTakesItBack() throws Exception {
    List<SessionFactory> nodes = onEachNode(galera::failoverUrl);
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(20)
            .backoff(Duration.ofMillis(20), 2, Duration.ofMillis(500))
            .listener(retries::add)
            .build();
    int before = 10;
    int after = 10;
    CountDownLatch startedWriting = new CountDownLatch(NODES * before);
    AtomicBoolean stopped = new AtomicBoolean();
    AtomicInteger unknownOutcomes = new AtomicInteger();
    List<CompletableFuture<Integer>> writers = new ArrayList<>();
    for (int w = 0; w < NODES; w++) {
      SessionFactory node = nodes.get(w);
      String writer = "writer" + (w + 1);
      long firstId = (w + 1) * 100_000L;
      writers.add(
          CompletableFuture.supplyAsync(
              () -> {
                int written = 0;
                int writtenAfterStop = 0;
                while (writtenAfterStop < after) {
                  boolean nodeStopped = stopped.get();
                  insertExactlyOnce(
                      node, policy, new Item(firstId + written, writer), unknownOutcomes);
                  written++;
                  writtenAfterStop += nodeStopped ? 1 : 0;
                  startedWriting.countDown();
                }
                return written;
              }));
    }
    assertThat(startedWriting.await(120, TimeUnit.SECONDS)).isTrue();
    int total;
    ClusterServers.control(Duration.ofSeconds(60), "galera-node", "stop", "3");
    try {
      stopped.set(true);
      total = 0;
      for (CompletableFuture<Integer> writer : writers) {
        total += writer.get(180, TimeUnit.SECONDS);
      }
      assertThat(galera.status(2, "wsrep_cluster_size")).as("node 3 is down").isNull();
      assertThat(galera.status(0, "wsrep_cluster_size")).isEqualTo("2");
      assertThat(galera.queryLong(0, "SELECT COUNT(*) FROM items")).isEqualTo(total);
    } finally {
      ClusterServers.control(Duration.ofSeconds(120), "galera-node", "start", "3");
      galera.awaitAllSynced(Duration.ofSeconds(60));
    }
    assertThat(total).isGreaterThanOrEqualTo(NODES * (before + after));
    for (int node = 0; node < NODES; node++) {
      assertThat(galera.queryLong(node, "SELECT COUNT(*) FROM items"))
          .as("rows on node %d", node + 1)
          .isEqualTo(total);
      assertThat(galera.queryLong(node, "SELECT COUNT(DISTINCT writer) FROM items"))
          .isEqualTo(NODES);
    }
    assertThat(
            galera.queryLong(0, "SELECT COUNT(DISTINCT node) FROM items WHERE writer = 'writer3'"))
        .as("the writer that started on node 3 went on on another node")
        .isEqualTo(2);
    assertThat(retries)
        .extracting(RetryEvent::kind)
        .isSubsetOf(ErrorKind.CONNECTION_FAILURE, ErrorKind.DEADLOCK);
  }

  /**
   * Inserts {@code item}, retried by {@code policy}; when the connection broke during the commit
   * (outcome unknown) it looks the row up and inserts it again only if it is missing.
   */
  private static void insertExactlyOnce(
      SessionFactory node, RetryPolicy policy, Item item, AtomicInteger unknownOutcomes) {
    while (true) {
      try {
        node.runInTransaction(
            policy,
            session -> {
              Item copy = new Item(item.id, item.writer);
              copy.node =
                  session.execute(Sql.text("SELECT @@wsrep_node_name")).scalar(String.class);
              session.add(copy);
            });
        return;
      } catch (CommitOutcomeUnknownException e) {
        unknownOutcomes.incrementAndGet();
        Item landed = node.inTransaction(policy, session -> session.get(Item.class, item.id));
        if (landed != null) {
          return;
        }
      }
    }
  }
}
