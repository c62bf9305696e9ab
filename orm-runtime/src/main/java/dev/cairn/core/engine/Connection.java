package dev.cairn.core.engine;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A Cairn connection: one JDBC connection from the engine, with SQLAlchemy 2.0 semantics. The first
 * statement begins a transaction ("autobegin"); {@link #commit()} or {@link #rollback()} ends it;
 * {@link #close()} rolls back whatever was not committed and gives the JDBC connection back.
 *
 * <p>Not thread-safe: use one connection per thread (the engine is thread-safe). Every method on a
 * closed connection throws a {@link dev.cairn.core.CairnException} saying it is closed.
 */
public interface Connection extends AutoCloseable {

  /** The engine this connection came from. */
  Engine engine();

  /** The engine's dialect. */
  Dialect dialect();

  /** Which server this connection reaches: the primary, or a read replica. */
  ConnectionTarget target();

  /** Executes {@code statement} and returns its buffered result. */
  Result execute(Statement statement);

  /** Executes {@code statement} with values for its named parameters ({@code Sql.param}). */
  Result execute(Statement statement, Map<String, ?> parameters);

  /** Executes a data change and returns the number of rows affected. */
  long executeUpdate(Statement statement);

  /** Executes a data change with named parameters and returns the number of rows affected. */
  long executeUpdate(Statement statement, Map<String, ?> parameters);

  /**
   * Executes {@code statement} once per parameter set through JDBC batching (chunked by the
   * engine's batch size), collecting the update counts and any generated keys.
   */
  BatchResult executeMany(Statement statement, List<? extends Map<String, ?>> parameterSets);

  /**
   * Executes {@code statement} with its named parameters bound by position: {@code values[i]} is
   * the value of the parameter {@code layout} names at {@code i}. For statements built by code that
   * knows their parameters (no name lookup per execution).
   */
  Result execute(Statement statement, ParameterLayout layout, @Nullable Object[] values);

  /**
   * {@link #executeMany(Statement, List)} with each parameter set given by position through {@code
   * layout}: one value array per execution, no map per row.
   */
  BatchResult executeMany(
      Statement statement, ParameterLayout layout, List<? extends @Nullable Object[]> rows);

  /**
   * Runs a query and hands every row's values to {@code handler} as the cursor reads them, without
   * a {@link Row} per row or a buffered result; returns the number of rows read. The values are in
   * select order, converted by the result columns' types. Do not use this connection inside the
   * handler.
   */
  long forEachRow(Statement query, Map<String, ?> parameters, RowHandler handler);

  /**
   * {@link #forEachRow(Statement, Map, RowHandler)} with the query's named parameters bound by
   * position through {@code layout}.
   */
  long forEachRow(
      Statement query, ParameterLayout layout, @Nullable Object[] values, RowHandler handler);

  /**
   * Runs a query over an open cursor and streams its rows, fetching a bounded number at a time; the
   * rows are never all held in memory. Close the stream (try-with-resources) to free the cursor.
   * While it is open, do not use this connection for other statements.
   */
  Stream<Row> stream(Statement statement);

  /** {@link #stream(Statement)} with values for named parameters. */
  Stream<Row> stream(Statement statement, Map<String, ?> parameters);

  /** Begins a transaction explicitly; fails if one is already in progress. */
  Transaction begin();

  /** Whether a transaction is in progress (begun explicitly or by a statement). */
  boolean inTransaction();

  /** Commits the current transaction, if any. */
  void commit();

  /** Rolls back the current transaction, if any. */
  void rollback();

  /** Sets a savepoint in the current transaction, beginning one if needed. */
  Savepoint savepoint();

  /**
   * Runs {@code work} under a savepoint: released when it returns, rolled back to when it throws
   * (the exception is rethrown and the outer transaction goes on).
   */
  void nested(Consumer<Connection> work);

  /** {@link #nested(Consumer)} for work that returns a value. */
  <R> R nestedResult(Function<Connection, R> work);

  /** Sets the isolation level; only outside a transaction (before the first statement). */
  void setIsolation(IsolationLevel level);

  /** The current isolation level. */
  IsolationLevel isolation();

  /** Marks the connection read-only (or not); only outside a transaction. */
  void setReadOnly(boolean readOnly);

  /** Whether the connection is read-only. */
  boolean isReadOnly();

  /** The underlying JDBC connection, for what Cairn does not offer. Do not close it. */
  java.sql.Connection unwrap();

  /** Whether this connection was closed. */
  boolean isClosed();

  /** Rolls back what was not committed and gives the JDBC connection back. Idempotent. */
  @Override
  void close();
}
