package dev.cairn.orm.retry;

import static dev.cairn.orm.retry.RetryFixtures.await;
import static dev.cairn.orm.retry.RetryFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.retry.RetryEvent;
import dev.cairn.core.retry.RetryPolicy;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.retry.RetryFixtures.Account;
import dev.cairn.orm.retry.RetryFixtures.Transfer;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Concurrent transfers at SERIALIZABLE isolation on PostgreSQL: each round every writer reads both
 * accounts before any of them writes (a barrier on the first attempt), so all but one fail with a
 * serialization failure or a deadlock, and the policy retries them until every transfer is in.
 */
class PostgresSerializableRetryTest {

  private static final int WRITERS = 4;
  private static final int ROUNDS = 5;
  private static final long AMOUNT = 10;

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void retriedSerializableTransfersKeepTheTotalAndLoseNone(TestDb db) throws Exception {
    try (HikariDataSource pool = RetryFixtures.pool(db.jdbcUrl(), "TRANSACTION_SERIALIZABLE");
        Engine engine = Engine.of(pool)) {
      SessionFactory sessions =
          SessionFactory.builder(engine).entities(Account.class, Transfer.class).build();
      sessions.createAll();
      sessions.runInTransaction(
          RetryPolicy.none(),
          session -> {
            session.add(new Account(1, 1000));
            session.add(new Account(2, 1000));
          });
      List<RetryEvent> retries = new CopyOnWriteArrayList<>();
      RetryPolicy policy = policy(WRITERS * 2, retries);
      CyclicBarrier allHaveRead = new CyclicBarrier(WRITERS);
      List<String> isolations = new CopyOnWriteArrayList<>();
      List<CompletableFuture<Void>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        long from = w % 2 + 1;
        long to = 3 - from;
        writers.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int round = 0; round < ROUNDS; round++) {
                    int[] attempt = {0};
                    sessions.runInTransaction(
                        policy,
                        session -> {
                          isolations.add(
                              session
                                  .execute(Sql.text("SHOW transaction_isolation"))
                                  .scalar(String.class));
                          Account source = session.get(Account.class, from);
                          Account target = session.get(Account.class, to);
                          if (++attempt[0] == 1) {
                            await(allHaveRead);
                          }
                          source.balance -= AMOUNT;
                          target.balance += AMOUNT;
                          session.add(new Transfer(from, to, AMOUNT));
                        });
                  }
                }));
      }
      CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

      long total =
          sessions.inTransaction(
              RetryPolicy.none(),
              session ->
                  session.query(Account.class).all().stream().mapToLong(a -> a.balance).sum());
      long transfers =
          sessions.inTransaction(RetryPolicy.none(), s -> s.query(Transfer.class).count());
      assertThat(total).isEqualTo(2000);
      assertThat(transfers).isEqualTo(WRITERS * ROUNDS);
      assertThat(isolations).containsOnly("serializable");
      assertThat(retries).as("conflicts retried").hasSizeGreaterThanOrEqualTo(ROUNDS);
      assertThat(retries).extracting(RetryEvent::kind).containsOnly(ErrorKind.DEADLOCK);
      assertThat(retries)
          .extracting(retry -> retry.failure().getMessage())
          .anyMatch(message -> message.contains("40001"));
    }
  }
}
