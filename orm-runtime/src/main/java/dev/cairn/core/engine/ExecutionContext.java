package dev.cairn.core.engine;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.sql.Statement;
import dev.cairn.core.sql.StatementKind;
import org.jspecify.annotations.Nullable;

/**
 * One execution as {@link ExecutionListener}s see it: the SQL, its kind, the batch size, and after
 * the execution the row count and the time taken. Listeners may keep their own state in the
 * attribute slot between {@code beforeExecute} and {@code afterExecute} (a timer sample, a span).
 */
public interface ExecutionContext {

  /** The SQL text sent to the database. */
  String sql();

  /** What the statement does. */
  StatementKind kind();

  /** The statement executed, or null for raw SQL (DDL run by {@link Engine#executeDdl}). */
  @Nullable Statement statement();

  /** The dialect of the engine. */
  Dialect dialect();

  /** Which server the statement runs on: the primary, or a read replica. */
  default ConnectionTarget target() {
    return ConnectionTarget.PRIMARY;
  }

  /** How many parameter sets are sent at once: 1 for a single execution, more for a batch. */
  int batchSize();

  /** Rows affected or returned; -1 before the execution finished or when it failed. */
  long rowCount();

  /** Nanoseconds the execution took; 0 before it finished. */
  long elapsedNanos();

  /** The attribute a listener stored under {@code key}, or null. */
  @Nullable Object attribute(Object key);

  /** Stores {@code value} under {@code key} for this execution (null removes it). */
  void attribute(Object key, @Nullable Object value);
}
