package dev.cairn.orm.failure;

import static dev.cairn.orm.failure.FailureFixtures.number;
import static dev.cairn.orm.failure.FailureFixtures.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.TransientDatabaseException;
import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.StaleEntityException;
import dev.cairn.orm.failure.FailureFixtures.FlCounter;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.Faults;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;

/**
 * Eight threads increment one {@code @Version}ed row 50 times each, each increment in a session of
 * its own, retrying when the version check ({@link StaleEntityException}) or the database (a {@link
 * TransientDatabaseException}: deadlock, lock timeout) refuses it: no update is lost.
 */
class LostUpdateTest {

  private static final int THREADS = 8;
  private static final int INCREMENTS = 50;

  @DatabaseTest
  @Timeout(120)
  void eightThreadsIncrementingWithVersionRetryLoseNoUpdate(TestDb db) throws Exception {
    try (HikariDataSource pool = Faults.pool(db, "lost-update", THREADS, 30_000)) {
      SessionFactory sessions = sessions(Engine.of(pool));
      try (Session session = sessions.openSession()) {
        session.add(new FlCounter(1L));
        session.commit();
      }
      long initialVersion = number(db, "SELECT version FROM fl_counters WHERE id = 1");
      AtomicInteger retries = new AtomicInteger();
      ExecutorService executor = Executors.newFixedThreadPool(THREADS);
      try {
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          workers.add(
              CompletableFuture.runAsync(
                  () -> {
                    for (int i = 0; i < INCREMENTS; i++) {
                      while (!increment(sessions)) {
                        retries.incrementAndGet();
                      }
                    }
                  },
                  executor));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new))
            .get(110, TimeUnit.SECONDS);
      } finally {
        executor.shutdownNow();
      }
      assertThat(number(db, "SELECT hits FROM fl_counters WHERE id = 1"))
          .as("increments after %s retries", retries.get())
          .isEqualTo(THREADS * INCREMENTS);
      assertThat(number(db, "SELECT version FROM fl_counters WHERE id = 1"))
          .isEqualTo(initialVersion + THREADS * INCREMENTS);
    }
  }

  /** One increment in a session of its own; false when it must be retried. */
  private static boolean increment(SessionFactory sessions) {
    try (Session session = sessions.openSession()) {
      FlCounter counter = session.get(FlCounter.class, 1L);
      counter.hits++;
      session.commit();
      return true;
    } catch (StaleEntityException | TransientDatabaseException e) {
      return false;
    }
  }
}
