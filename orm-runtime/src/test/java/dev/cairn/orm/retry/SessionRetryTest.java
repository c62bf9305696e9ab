package dev.cairn.orm.retry;

import static dev.cairn.orm.retry.RetryFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CommitOutcomeUnknownException;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.RetriesExhaustedException;
import dev.cairn.core.retry.RetryEvent;
import dev.cairn.core.retry.RetryPolicy;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.StaleEntityException;
import dev.cairn.orm.retry.RetryFixtures.Counter;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.ServerSessions;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/** {@code sessionFactory.inTransaction(policy, work)} on connections the server really ends. */
class SessionRetryTest {

  private final List<RetryEvent> retries = new CopyOnWriteArrayList<>();

  private static SessionFactory counters(TestDb db) {
    SessionFactory sessions = SessionFactory.builder(db.engine()).entities(Counter.class).build();
    sessions.createAll();
    sessions.runInTransaction(RetryPolicy.none(), session -> session.add(new Counter(1, 0)));
    return sessions;
  }

  private static void killOwnConnection(TestDb db, Session session) {
    Long id = session.execute(Sql.text(ServerSessions.idSql(db))).scalar(Long.class);
    session.execute(Sql.text(ServerSessions.killSql(db, id)));
  }

  private static long hits(TestDb db) {
    try (var connection = db.engine().connect()) {
      Long hits =
          connection.execute(Sql.text("SELECT hits FROM counters WHERE id = 1")).scalar(Long.class);
      return hits == null ? -1 : hits;
    }
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void eachAttemptHasAFreshSessionThatSeesWhatOthersCommittedMeanwhile(TestDb db) {
    SessionFactory sessions = counters(db);
    List<Session> attempts = new ArrayList<>();
    List<Counter> loaded = new ArrayList<>();
    long result =
        sessions.inTransaction(
            policy(3, retries),
            session -> {
              attempts.add(session);
              Counter counter = session.get(Counter.class, 1L);
              loaded.add(counter);
              if (attempts.size() == 1) {
                db.executeJdbc("UPDATE counters SET hits = 10 WHERE id = 1");
                killOwnConnection(db, session);
              }
              counter.hits++;
              return counter.hits;
            });
    assertThat(result).isEqualTo(11);
    assertThat(hits(db)).isEqualTo(11);
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(1)).isNotSameAs(attempts.get(0));
    assertThat(loaded.get(1)).isNotSameAs(loaded.get(0));
    assertThat(loaded.get(0).hits).as("the failed attempt's stale copy").isZero();
    assertThat(retries)
        .singleElement()
        .satisfies(retry -> assertThat(retry.kind()).isEqualTo(ErrorKind.CONNECTION_FAILURE));
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void theVictimOfADeadlockAtFlushIsRetriedAndBothTransactionsApply(TestDb db) {
    SessionFactory sessions = counters(db);
    sessions.runInTransaction(RetryPolicy.none(), session -> session.add(new Counter(2, 0)));
    CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
    List<CompletableFuture<Void>> writers = new ArrayList<>();
    for (long[] order : new long[][] {{1, 2}, {2, 1}}) {
      writers.add(
          CompletableFuture.runAsync(
              () -> {
                int[] attempt = {0};
                sessions.runInTransaction(
                    // a retry may read a row the winner has not committed yet: @Version catches it
                    policy(5, retries).toBuilder().retryOnType(StaleEntityException.class).build(),
                    session -> {
                      session.get(Counter.class, order[0]).hits++;
                      session.flush();
                      if (++attempt[0] == 1) {
                        RetryFixtures.await(bothHoldTheirFirstRow);
                      }
                      session.get(Counter.class, order[1]).hits++;
                    });
              }));
    }
    CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new))
        .orTimeout(60, TimeUnit.SECONDS)
        .join();
    assertThat(retries)
        .extracting(RetryEvent::kind)
        .contains(ErrorKind.DEADLOCK)
        .isSubsetOf(ErrorKind.DEADLOCK, ErrorKind.OTHER);
    assertThat(hits(db)).isEqualTo(2);
    long second = sessions.inTransaction(RetryPolicy.none(), s -> s.get(Counter.class, 2L).hits);
    assertThat(second).isEqualTo(2);
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void aCommitThatLosesItsConnectionIsNotRetriedAndLeavesNothingBehind(TestDb db) {
    SessionFactory sessions = counters(db);
    List<Session> attempts = new ArrayList<>();
    assertThatThrownBy(
            () ->
                sessions.runInTransaction(
                    policy(3, retries),
                    session -> {
                      attempts.add(session);
                      session.get(Counter.class, 1L).hits = 5;
                      session.add(new Counter(2, 7));
                      session.flush();
                      Long id =
                          session.execute(Sql.text(ServerSessions.idSql(db))).scalar(Long.class);
                      ServerSessions.killFromOutside(db, id);
                    }))
        .isInstanceOf(CommitOutcomeUnknownException.class)
        .hasMessageContaining("it is unknown whether the transaction was committed");
    assertThat(attempts).hasSize(1);
    assertThat(retries).isEmpty();
    assertThat(hits(db)).isZero();
    Counter absent = sessions.inTransaction(RetryPolicy.none(), s -> s.get(Counter.class, 2L));
    assertThat(absent).isNull();
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void whenEveryAttemptFailsTheFailureNamesTheAttempts(TestDb db) {
    SessionFactory sessions = counters(db);
    assertThatThrownBy(
            () ->
                sessions.runInTransaction(
                    policy(3, retries),
                    session -> {
                      session.get(Counter.class, 1L).hits = 99;
                      killOwnConnection(db, session);
                    }))
        .isInstanceOfSatisfying(
            RetriesExhaustedException.class,
            e -> {
              assertThat(e.attempts()).isEqualTo(3);
              assertThat(e.lastFailure()).isInstanceOf(ConnectionFailureException.class);
              assertThat(e.getSuppressed()).hasSize(2);
            })
        .hasMessageContaining("The transaction failed on all 3 attempts");
    assertThat(retries).hasSize(2);
    assertThat(hits(db)).isZero();
  }
}
