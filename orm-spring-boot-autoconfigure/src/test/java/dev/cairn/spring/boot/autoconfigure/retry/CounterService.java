package dev.cairn.spring.boot.autoconfigure.retry;

import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.spring.retry.CairnRetryable;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.annotation.Transactional;

/** Transactions retried by {@link CairnRetryable}, with a hook that makes attempts fail. */
public class CounterService {

  /** Runs inside each attempt, after the increment was flushed. */
  @FunctionalInterface
  public interface Hook {
    /** Called with the attempt number (from 1) and the session. */
    void during(int attempt, Session session);
  }

  private final Session session;
  private final AtomicInteger attempts = new AtomicInteger();
  private volatile Hook hook = (attempt, session) -> {};

  CounterService(Session session) {
    this.session = session;
  }

  /** Sets the hook and resets the attempt count. */
  public void hook(Hook hook) {
    this.hook = hook;
    attempts.set(0);
  }

  /** How many attempts the retried methods made since the last {@link #hook}. */
  public int attempts() {
    return attempts.get();
  }

  /** Creates the counters. */
  @Transactional
  public void create(long... ids) {
    for (long id : ids) {
      session.add(new Counter(id));
    }
  }

  /** Increments counter {@code id} and returns its new value. */
  @CairnRetryable
  @Transactional
  public long increment(long id) {
    int attempt = attempts.incrementAndGet();
    Counter counter = session.get(Counter.class, id);
    counter.hits++;
    session.flush();
    hook.during(attempt, session);
    return counter.hits;
  }

  /**
   * Adds 1 to {@code first}, runs the hook, then adds 1 to {@code second}, by UPDATE statements
   * that lock the rows in that order.
   */
  @CairnRetryable
  @Transactional
  public void incrementBoth(long first, long second) {
    int attempt = attempts.incrementAndGet();
    add(first);
    hook.during(attempt, session);
    add(second);
  }

  private void add(long id) {
    session.execute(Sql.text("UPDATE counters SET hits = hits + 1 WHERE id = :id").bind("id", id));
  }

  /** The value of counter {@code id}. */
  @Transactional(readOnly = true)
  public long hits(long id) {
    return session.get(Counter.class, id).hits;
  }
}
