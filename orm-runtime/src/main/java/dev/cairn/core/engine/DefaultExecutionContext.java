package dev.cairn.core.engine;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.sql.Statement;
import dev.cairn.core.sql.StatementKind;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The mutable record of one execution, filled in by the runner. */
final class DefaultExecutionContext implements ExecutionContext {

  private final String sql;
  private final StatementKind kind;
  private final @Nullable Statement statement;
  private final Dialect dialect;
  private final ConnectionTarget target;
  private final int batchSize;
  private final long started;
  private long rowCount = -1;
  private long elapsedNanos;
  private @Nullable Map<Object, Object> attributes;

  DefaultExecutionContext(
      String sql,
      StatementKind kind,
      @Nullable Statement statement,
      Dialect dialect,
      ConnectionTarget target,
      int batchSize,
      long started) {
    this.sql = sql;
    this.kind = kind;
    this.statement = statement;
    this.dialect = dialect;
    this.target = target;
    this.batchSize = batchSize;
    this.started = started;
  }

  void finish(long rows, long now) {
    this.rowCount = rows;
    this.elapsedNanos = now - started;
  }

  @Override
  public String sql() {
    return sql;
  }

  @Override
  public StatementKind kind() {
    return kind;
  }

  @Override
  public @Nullable Statement statement() {
    return statement;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public ConnectionTarget target() {
    return target;
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  @Override
  public long rowCount() {
    return rowCount;
  }

  @Override
  public long elapsedNanos() {
    return elapsedNanos;
  }

  @Override
  public @Nullable Object attribute(Object key) {
    return attributes == null ? null : attributes.get(key);
  }

  @Override
  public void attribute(Object key, @Nullable Object value) {
    if (value == null) {
      if (attributes != null) {
        attributes.remove(key);
      }
      return;
    }
    if (attributes == null) {
      attributes = new HashMap<>(4);
    }
    attributes.put(key, value);
  }

  @Override
  public String toString() {
    return kind + " " + sql;
  }
}
