package dev.cairn.orm.failure;

import static dev.cairn.orm.failure.FailureFixtures.number;
import static dev.cairn.orm.failure.FailureFixtures.sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cairn.core.CairnException;
import dev.cairn.core.InvalidUsageException;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.failure.FailureFixtures.FlItem;
import dev.cairn.orm.failure.FailureFixtures.FlOwner;
import dev.cairn.orm.failure.FailureFixtures.FlPet;
import dev.cairn.orm.failure.FailureFixtures.Gate;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * A session used by two threads at once never lets both reach its JDBC connection: every public
 * method of {@code Session} and {@code Query} (and a stream while it reads, and a lazy collection
 * while it loads) runs under the session's thread guard, so the second thread fails fast with the
 * "in use by thread" error instead of sharing the connection (which can hang on MariaDB).
 */
class SessionThreadGuardTest {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private record Fixture(SessionFactory sessions, Gate gate, long itemId) {}

  private static Fixture fixture(TestDb db) {
    Gate gate = new Gate();
    Engine engine = Engine.builder(db.dataSource()).listener(gate).build();
    SessionFactory sessions = sessions(engine);
    long itemId;
    try (Session session = sessions.openSession()) {
      FlItem item = new FlItem("first");
      session.add(item);
      session.add(new FlItem("second"));
      FlOwner owner = new FlOwner("ann");
      new FlPet("rex", owner);
      session.add(owner);
      session.commit();
      itemId = item.id;
    }
    return new Fixture(sessions, gate, itemId);
  }

  /** Every call that reaches the database, by name. */
  private static Map<String, Consumer<Session>> calls(long itemId) {
    Map<String, Consumer<Session>> calls = new LinkedHashMap<>();
    calls.put("query.count", s -> s.query(FlItem.class).count());
    calls.put("query.exists", s -> s.query(FlItem.class).exists());
    calls.put("query.all", s -> s.query(FlItem.class).all());
    calls.put("query.first", s -> s.query(FlItem.class).first());
    calls.put("query.one", s -> s.query(FlItem.class).filterBy("name", "first").one());
    calls.put("query.oneOrNull", s -> s.query(FlItem.class).filterBy("name", "x").oneOrNull());
    calls.put("query.page", s -> s.query(FlItem.class).page(0, 1));
    calls.put(
        "query.stream",
        s -> {
          try (Stream<FlItem> items = s.query(FlItem.class).stream()) {
            items.toList();
          }
        });
    calls.put("query.project", s -> s.query(FlItem.class).project(Named.class, FlItem::getName));
    calls.put(
        "query.update",
        s -> s.query(FlItem.class).filterBy("name", "nobody").update(Map.of("name", "x")));
    calls.put("query.delete", s -> s.query(FlItem.class).filterBy("name", "nobody").delete());
    calls.put("session.get", s -> s.get(FlItem.class, itemId));
    calls.put("session.execute", s -> s.execute(Sql.text("SELECT COUNT(*) FROM fl_items")));
    calls.put("session.fromSql", s -> s.fromSql(FlItem.class, "SELECT * FROM fl_items", Map.of()));
    calls.put("session.flush", s -> s.flush());
    calls.put("session.commit", s -> s.commit());
    calls.put("session.rollback", s -> s.rollback());
    return calls;
  }

  /** A projection of {@link FlItem}. */
  record Named(String name) {}

  @DatabaseTest
  @Timeout(60)
  void whileOneThreadRunsAStatementEveryOtherCallFailsFast(TestDb db) throws Exception {
    Fixture f = fixture(db);
    ExecutorService executor = Executors.newSingleThreadExecutor(daemon());
    try (Session session = f.sessions().openSession()) {
      FlOwner owner = session.query(FlOwner.class).one();
      Map<String, Consumer<Session>> calls = calls(f.itemId());
      calls.put("lazy collection", s -> owner.pets.size());
      List<String> notRefused = new ArrayList<>();
      for (Map.Entry<String, Consumer<Session>> call : calls.entrySet()) {
        f.gate().arm();
        Future<?> holder = executor.submit(() -> session.query(FlItem.class).all());
        assertThat(f.gate().awaitHeld()).as("the holder's statement began").isTrue();
        Throwable thrown = catchThrowable(() -> call.getValue().accept(session));
        f.gate().release();
        holder.get(10, TimeUnit.SECONDS);
        if (!(thrown instanceof InvalidUsageException)
            || !thrown.getMessage().contains("This Session is in use by thread")) {
          notRefused.add(call.getKey() + " -> " + thrown);
        }
      }
      assertThat(notRefused).as("calls that reached the connection of a busy session").isEmpty();
      assertThat(session.query(FlItem.class).count()).isEqualTo(2);
    } finally {
      executor.shutdownNow();
    }
  }

  @DatabaseTest
  @Timeout(120)
  void manyThreadsHammeringOneSessionEitherSucceedOrFailFast(TestDb db) throws Exception {
    Fixture f = fixture(db);
    int threads = 8;
    int rounds = 60;
    AtomicInteger added = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Throwable> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService executor = Executors.newFixedThreadPool(threads, daemon());
    try (Session session = f.sessions().openSession()) {
      List<Consumer<Session>> calls = new ArrayList<>(calls(f.itemId()).values());
      calls.removeIf(call -> call == null);
      List<CompletableFuture<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        workers.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int round = 0; round < rounds; round++) {
                    int pick = (thread * 7 + round) % (calls.size() + 1);
                    try {
                      if (pick == calls.size()) {
                        session.add(new FlItem("t" + thread + "-" + round));
                        added.incrementAndGet();
                      } else {
                        calls.get(pick).accept(session);
                      }
                    } catch (CairnException e) {
                      if (e instanceof InvalidUsageException
                          && e.getMessage().contains("This Session is in use by thread")) {
                        refused.incrementAndGet();
                      } else {
                        unexpected.add(e);
                      }
                    } catch (RuntimeException | Error e) {
                      unexpected.add(e);
                    }
                  }
                },
                executor));
      }
      CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(100, TimeUnit.SECONDS);
      assertThat(unexpected).as("failures other than the fail-fast error").isEmpty();
      session.commit();
    } finally {
      executor.shutdownNow();
    }
    assertThat(number(db, "SELECT COUNT(*) FROM fl_items"))
        .as("every added item stored once; %s calls refused", refused.get())
        .isBetween(2L, 2L + added.get());
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "guard-test-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
