package dev.cairn.core.engine;

import static dev.cairn.core.engine.EngineTestSupport.createPeople;
import static dev.cairn.core.engine.EngineTestSupport.insertPerson;
import static dev.cairn.core.engine.EngineTestSupport.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.CommitOutcomeUnknownException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.retry.RetryEvent;
import dev.cairn.core.retry.RetryPolicy;
import dev.cairn.core.sql.Sql;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.ServerSessions;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code engine.transaction(policy, work)} on real transient failures: connections killed by the
 * server before and during the commit, and a deadlock between two transactions.
 */
class EngineRetryTest {

  private final List<RetryEvent> retries = new CopyOnWriteArrayList<>();
  private final RetryPolicy policy =
      RetryPolicy.builder()
          .backoff(Duration.ofMillis(5), 2, Duration.ofMillis(50))
          .listener(retries::add)
          .build();

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void aConnectionLostBeforeTheCommitIsRetriedOnANewConnection(TestDb db) {
    createPeople(db);
    AtomicInteger attempts = new AtomicInteger();
    db.engine()
        .transaction(
            policy,
            connection -> {
              connection.execute(insertPerson("ann", 30));
              if (attempts.incrementAndGet() == 1) {
                killOwn(db, connection);
              }
            });
    assertThat(attempts).hasValue(2);
    assertThat(names(db)).containsExactly("ann");
    assertThat(retries)
        .singleElement()
        .satisfies(retry -> assertThat(retry.kind()).isEqualTo(ErrorKind.CONNECTION_FAILURE));
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void aConnectionLostDuringTheCommitIsNotRetried(TestDb db) {
    createPeople(db);
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                db.engine()
                    .transaction(
                        policy,
                        connection -> {
                          attempts.incrementAndGet();
                          connection.execute(insertPerson("ann", 30));
                          ServerSessions.killFromOutside(db, sessionId(db, connection));
                        }))
        .isInstanceOf(CommitOutcomeUnknownException.class)
        .hasMessageContaining("during COMMIT")
        .hasMessageContaining("it was not retried");
    assertThat(attempts).hasValue(1);
    assertThat(retries).isEmpty();
    assertThat(names(db)).isEmpty();
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void theVictimOfADeadlockIsRetriedAndBothTransactionsApply(TestDb db) throws Exception {
    db.executeJdbc(
        "CREATE TABLE counters (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)",
        "INSERT INTO counters VALUES (1, 0), (2, 0)");
    CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
    CompletableFuture<Void> forward = incrementBoth(db, 1, 2, bothHoldTheirFirstRow);
    CompletableFuture<Void> backward = incrementBoth(db, 2, 1, bothHoldTheirFirstRow);
    CompletableFuture.allOf(forward, backward).get(60, TimeUnit.SECONDS);

    assertThat(retries)
        .singleElement()
        .satisfies(retry -> assertThat(retry.kind()).isEqualTo(ErrorKind.DEADLOCK));
    try (Connection connection = db.engine().connect()) {
      assertThat(
              connection
                  .execute(Sql.text("SELECT n FROM counters ORDER BY id"))
                  .scalars(Integer.class))
          .containsExactly(2, 2);
    }
  }

  @DatabaseTest(TestDatabase.H2)
  void retryingInsideAnExternallyManagedTransactionIsRefused(TestDb db) {
    try (java.sql.Connection jdbc = db.dataSource().getConnection()) {
      jdbc.setAutoCommit(false);
      Engine managed = Engine.builder(new ExternalTransactions(jdbc)).build();
      assertThatThrownBy(() -> managed.transaction(policy, connection -> {}))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("Cannot retry a transaction inside a transaction managed by")
          .hasMessageContaining("@Retryable around the @Transactional method");
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** Increments counter {@code first}, waits for the other thread, then counter {@code second}. */
  private CompletableFuture<Void> incrementBoth(
      TestDb db, int first, int second, CyclicBarrier barrier) {
    return CompletableFuture.runAsync(
        () -> {
          AtomicInteger attempts = new AtomicInteger();
          db.engine()
              .transaction(
                  policy,
                  connection -> {
                    increment(connection, first);
                    if (attempts.incrementAndGet() == 1) {
                      await(barrier);
                    }
                    increment(connection, second);
                  });
        });
  }

  private static void increment(Connection connection, int id) {
    connection.execute(Sql.text("UPDATE counters SET n = n + 1 WHERE id = :id").bind("id", id));
  }

  private static long sessionId(TestDb db, Connection connection) {
    Long id = connection.execute(Sql.text(ServerSessions.idSql(db))).scalar(Long.class);
    return id == null ? -1 : id;
  }

  /** Makes the server end the session of {@code connection} from inside; the statement fails. */
  private static void killOwn(TestDb db, Connection connection) {
    connection.execute(Sql.text(ServerSessions.killSql(db, sessionId(db, connection))));
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("The other transaction did not reach the barrier", e);
    }
  }

  /** A provider whose single connection's transaction belongs to someone else. */
  private record ExternalTransactions(java.sql.Connection jdbc) implements ConnectionProvider {
    @Override
    public java.sql.Connection acquire() {
      return jdbc;
    }

    @Override
    public void release(java.sql.Connection connection) {}

    @Override
    public boolean managesTransactions() {
      return true;
    }
  }
}
