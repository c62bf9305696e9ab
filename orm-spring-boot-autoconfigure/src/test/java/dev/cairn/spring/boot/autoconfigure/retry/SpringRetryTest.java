package dev.cairn.spring.boot.autoconfigure.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.spring.boot.autoconfigure.CairnAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnExceptionTranslationAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnObservationAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.CairnRetryAutoConfiguration;
import dev.cairn.spring.boot.autoconfigure.MeterRegistries;
import dev.cairn.spring.micrometer.TransactionRetryCounter;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.LogCapture;
import dev.cairn.test.ServerSessions;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code @CairnRetryable @Transactional} methods and the {@code cairnRetryTemplate} bean on
 * PostgreSQL and MariaDB, failing for real: connections the server ends before and during the
 * commit, a deadlock between two transactions.
 */
class SpringRetryTest {

  private LogCapture log;

  @BeforeEach
  void captureLog() {
    log = LogCapture.of("dev.cairn.retry");
  }

  @AfterEach
  void releaseLog() {
    log.close();
  }

  /**
   * A hook that makes the server end the attempt's connection on attempt {@code upTo} and before.
   */
  private static CounterService.Hook killingConnectionsUpTo(TestDb db, int upTo) {
    return (attempt, session) -> {
      if (attempt <= upTo) {
        killOwnConnection(db, session);
      }
    };
  }

  private static void run(
      TestDb db, Consumer<AssertableApplicationContext> test, String... properties) {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                TransactionManagerCustomizationAutoConfiguration.class,
                TransactionAutoConfiguration.class,
                CairnExceptionTranslationAutoConfiguration.class,
                CairnAutoConfiguration.class,
                CairnObservationAutoConfiguration.class,
                CairnRetryAutoConfiguration.class))
        .withUserConfiguration(RetryApplication.class, MeterRegistries.class)
        .withPropertyValues(
            "spring.datasource.url=" + db.jdbcUrl(), "cairn.schema=create", "cairn.retry.delay=5ms")
        .withPropertyValues(properties)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              context.getBean(CounterService.class).create(1, 2);
              test.accept(context);
            });
  }

  private static double retries(AssertableApplicationContext context, String kind) {
    return context
        .getBean(MeterRegistry.class)
        .get(TransactionRetryCounter.NAME)
        .tag("kind", kind)
        .counter()
        .count();
  }

  private static void killOwnConnection(TestDb db, Session session) {
    session.execute(Sql.text(ServerSessions.killSql(db, sessionId(db, session))));
  }

  private static long sessionId(TestDb db, Session session) {
    Long id = session.execute(Sql.text(ServerSessions.idSql(db))).scalar(Long.class);
    return id == null ? -1 : id;
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void aConnectionLostBeforeTheCommitIsRetriedInANewTransaction(TestDb db) {
    run(
        db,
        context -> {
          CounterService service = context.getBean(CounterService.class);
          service.hook(killingConnectionsUpTo(db, 1));
          assertThat(service.increment(1)).isEqualTo(1);
          assertThat(service.attempts()).isEqualTo(2);
          assertThat(service.hits(1)).isEqualTo(1);
          assertThat(retries(context, "connection_failure")).isEqualTo(1.0);
          assertThat(retries(context, "deadlock")).isZero();
        });
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void theVictimOfADeadlockIsRetried(TestDb db) {
    run(
        db,
        context -> {
          CounterService service = context.getBean(CounterService.class);
          CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
          ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);
          service.hook(
              (attempt, session) -> {
                if (!waited.get()) {
                  waited.set(true);
                  await(bothHoldTheirFirstRow);
                }
              });
          CompletableFuture<Void> forward =
              CompletableFuture.runAsync(() -> service.incrementBoth(1, 2));
          CompletableFuture<Void> backward =
              CompletableFuture.runAsync(() -> service.incrementBoth(2, 1));
          CompletableFuture.allOf(forward, backward).orTimeout(60, TimeUnit.SECONDS).join();
          assertThat(service.attempts()).isEqualTo(3);
          assertThat(service.hits(1)).isEqualTo(2);
          assertThat(service.hits(2)).isEqualTo(2);
          assertThat(retries(context, "deadlock")).isEqualTo(1.0);
        });
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void aCommitThatLosesItsConnectionIsNotRetried(TestDb db) {
    run(
        db,
        context -> {
          CounterService service = context.getBean(CounterService.class);
          service.hook(
              (attempt, session) -> ServerSessions.killFromOutside(db, sessionId(db, session)));
          assertThatThrownBy(() -> service.increment(1)).isInstanceOf(RuntimeException.class);
          assertThat(service.attempts()).isEqualTo(1);
          assertThat(service.hits(1)).isZero();
          assertThat(retries(context, "connection_failure")).isZero();
          assertThat(log.lines())
              .anySatisfy(
                  line ->
                      assertThat(line)
                          .startsWith(
                              "Not retrying CounterService.increment: the connection failed"
                                  + " during COMMIT, so it is unknown whether the transaction was"
                                  + " committed"));
        });
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void aMethodCalledInsideAnEnclosingTransactionIsNotRetried(TestDb db) {
    run(
        db,
        context -> {
          CounterService service = context.getBean(CounterService.class);
          service.hook(killingConnectionsUpTo(db, 1));
          TransactionTemplate outer =
              new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
          assertThatThrownBy(() -> outer.execute(status -> service.increment(1)))
              .isInstanceOf(RuntimeException.class);
          assertThat(service.attempts()).isEqualTo(1);
          assertThat(service.hits(1)).isZero();
        });
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void whenRetriesRunOutTheLogNamesTheAttempts(TestDb db) {
    run(
        db,
        context -> {
          CounterService service = context.getBean(CounterService.class);
          service.hook(killingConnectionsUpTo(db, Integer.MAX_VALUE));
          assertThatThrownBy(() -> service.increment(1)).isInstanceOf(RuntimeException.class);
          assertThat(service.attempts()).isEqualTo(3);
          assertThat(retries(context, "connection_failure")).isEqualTo(2.0);
          assertThat(log.lines())
              .anySatisfy(
                  line ->
                      assertThat(line)
                          .startsWith(
                              "CounterService.increment failed on all 3 attempts, each time with a"
                                  + " transient error"));
        },
        "cairn.retry.max-retries=2");
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void theRetryTemplateBeanRetriesATransactionTemplate(TestDb db) {
    run(
        db,
        context -> {
          RetryTemplate retry = context.getBean(RetryTemplate.class);
          TransactionTemplate transaction =
              new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
          Session session = context.getBean(Session.class);
          int[] attempts = {0};
          Long hits =
              retry.invoke(
                  () ->
                      transaction.execute(
                          status -> {
                            Counter counter = session.get(Counter.class, 2L);
                            counter.hits++;
                            session.flush();
                            if (++attempts[0] == 1) {
                              killOwnConnection(db, session);
                            }
                            return counter.hits;
                          }));
          assertThat(hits).isEqualTo(1);
          assertThat(attempts[0]).isEqualTo(2);
          assertThat(retries(context, "connection_failure")).isEqualTo(1.0);
        });
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("The other transaction did not reach the barrier", e);
    }
  }
}
