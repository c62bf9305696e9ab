package dev.cairn.core.engine;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded LRU of plans keyed by statement (statements are immutable with structural equality),
 * for one engine and so one dialect. Compiling happens outside the lock.
 */
final class PlanCache {

  private final Dialect dialect;
  private final int capacity;
  private final Map<Statement, Plan> plans;

  PlanCache(Dialect dialect, int capacity) {
    this.dialect = dialect;
    this.capacity = capacity;
    this.plans =
        new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Statement, Plan> eldest) {
            return size() > PlanCache.this.capacity;
          }
        };
  }

  Plan plan(Statement statement) {
    if (capacity <= 0) {
      return Plan.of(statement.compile(dialect), dialect);
    }
    synchronized (plans) {
      Plan plan = plans.get(statement);
      if (plan != null) {
        return plan;
      }
    }
    Plan plan = Plan.of(statement.compile(dialect), dialect);
    synchronized (plans) {
      Plan raced = plans.putIfAbsent(statement, plan);
      return raced == null ? plan : raced;
    }
  }

  int size() {
    synchronized (plans) {
      return plans.size();
    }
  }
}
