package dev.cairn.orm;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.ExecutionContext;
import dev.cairn.core.engine.ExecutionListener;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts the statements an engine executes, for tests that assert how many queries a block of code
 * costs. Register it on the engine ({@code Engine.builder(dataSource).listener(counter)}), then:
 *
 * <pre>{@code
 * counter.reset();
 * List<User> users = session.query(User.class).all();
 * users.forEach(u -> u.getAddresses().size());
 * counter.assertCount(2);
 * }</pre>
 *
 * <p>A batch counts as one statement (one round trip). Thread-safe.
 */
public final class QueryCounter implements ExecutionListener {

  private final List<String> statements = new ArrayList<>();

  /** A counter at zero. */
  public QueryCounter() {}

  @Override
  public void afterExecute(ExecutionContext context, @Nullable Throwable failure) {
    synchronized (statements) {
      statements.add(context.sql());
    }
  }

  /** How many statements ran since creation or the last {@link #reset()}. */
  public int count() {
    synchronized (statements) {
      return statements.size();
    }
  }

  /** The SQL of the statements counted, in execution order. */
  public List<String> statements() {
    synchronized (statements) {
      return List.copyOf(statements);
    }
  }

  /** Sets the count back to zero. */
  public void reset() {
    synchronized (statements) {
      statements.clear();
    }
  }

  /**
   * Checks that exactly {@code expected} statements ran since the last reset; otherwise a {@code
   * CairnException} listing the statements that did run.
   */
  public void assertCount(int expected) {
    List<String> ran = statements();
    if (ran.size() != expected) {
      StringBuilder message =
          new StringBuilder("Expected ")
              .append(expected)
              .append(" statement(s) but ")
              .append(ran.size())
              .append(" ran:");
      for (int i = 0; i < ran.size(); i++) {
        message.append("\n  ").append(i + 1).append(". ").append(ran.get(i));
      }
      throw new CairnException(message.toString());
    }
  }

  /** Resets, runs {@code block}, and returns how many statements it executed. */
  public int countIn(Runnable block) {
    reset();
    block.run();
    return count();
  }
}
