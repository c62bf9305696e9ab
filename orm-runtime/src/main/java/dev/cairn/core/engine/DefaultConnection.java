package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.DatabaseException;
import dev.cairn.core.InvalidUsageException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.sql.Statement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A connection with autobegin, owning (or, when managed externally, borrowing) its transaction. */
final class DefaultConnection implements Connection {

  private final Engine engine;
  private final StatementRunner runner;
  private final ConnectionProvider provider;
  private final boolean external;
  private final java.sql.Connection jdbc;
  private final boolean restoreAutoCommit;
  private boolean closed;
  private boolean lost;
  private boolean inTransaction;
  private long generation;

  DefaultConnection(Engine engine, StatementRunner runner, ConnectionProvider provider) {
    this.engine = engine;
    this.provider = provider;
    this.external = provider.managesTransactions();
    java.sql.Connection acquired;
    try {
      acquired = provider.acquire();
    } catch (SQLException e) {
      throw AcquireErrors.translate(e, provider, runner.translate(e, null, null));
    }
    this.jdbc = acquired;
    ConnectionTarget target;
    try {
      target = provider.target(acquired);
    } catch (SQLException e) {
      releaseQuietly();
      throw runner.translate(e, null, null);
    }
    this.runner = target == runner.target() ? runner : engine.runner(target);
    boolean restore = false;
    if (!external) {
      try {
        if (acquired.getAutoCommit()) {
          acquired.setAutoCommit(false);
          restore = true;
        }
      } catch (SQLException e) {
        DatabaseException failure = failure(e);
        releaseQuietly();
        throw failure;
      }
    }
    this.restoreAutoCommit = restore;
  }

  @Override
  public Engine engine() {
    return engine;
  }

  @Override
  public Dialect dialect() {
    return runner.dialect();
  }

  @Override
  public ConnectionTarget target() {
    return runner.target();
  }

  @Override
  public Result execute(Statement statement) {
    return execute(statement, Map.of());
  }

  @Override
  public Result execute(Statement statement, Map<String, ?> parameters) {
    Plan plan = prepare(statement);
    try {
      return runner.execute(jdbc, plan, statement, parameters);
    } catch (DatabaseException e) {
      throw noteLost(e);
    }
  }

  @Override
  public long executeUpdate(Statement statement) {
    return execute(statement, Map.of()).rowCount();
  }

  @Override
  public long executeUpdate(Statement statement, Map<String, ?> parameters) {
    return execute(statement, parameters).rowCount();
  }

  @Override
  public BatchResult executeMany(
      Statement statement, List<? extends Map<String, ?>> parameterSets) {
    Plan plan = prepare(statement);
    try {
      return runner.executeMany(jdbc, plan, statement, parameterSets);
    } catch (DatabaseException e) {
      throw noteLost(e);
    }
  }

  @Override
  public Result execute(Statement statement, ParameterLayout layout, @Nullable Object[] values) {
    return execute(statement, PositionalValues.of(layout, values));
  }

  @Override
  public BatchResult executeMany(
      Statement statement, ParameterLayout layout, List<? extends @Nullable Object[]> rows) {
    List<Map<String, ?>> sets = new java.util.ArrayList<>(rows.size());
    for (Object[] row : rows) {
      sets.add(PositionalValues.of(layout, row));
    }
    return executeMany(statement, sets);
  }

  @Override
  public long forEachRow(Statement query, Map<String, ?> parameters, RowHandler handler) {
    Plan plan = prepare(query);
    try {
      return runner.forEachRow(jdbc, plan, query, parameters, handler);
    } catch (DatabaseException e) {
      throw noteLost(e);
    }
  }

  @Override
  public long forEachRow(
      Statement query, ParameterLayout layout, @Nullable Object[] values, RowHandler handler) {
    return forEachRow(query, PositionalValues.of(layout, values), handler);
  }

  @Override
  public Stream<Row> stream(Statement statement) {
    return stream(statement, Map.of());
  }

  @Override
  public Stream<Row> stream(Statement statement, Map<String, ?> parameters) {
    Plan plan = prepare(statement);
    try {
      return runner.stream(jdbc, plan, statement, parameters);
    } catch (DatabaseException e) {
      throw noteLost(e);
    }
  }

  private Plan prepare(Statement statement) {
    requireOpen("execute a statement");
    if (engine.isClosed()) {
      throw new InvalidUsageException(
          "Cannot execute a statement: the Engine of this connection was closed; close this"
              + " connection, then create a new Engine and connect again");
    }
    Plan plan = runner.plan(statement);
    inTransaction = true;
    return plan;
  }

  @Override
  public Transaction begin() {
    requireOpen("begin a transaction");
    requireOwnTransactions("begin()");
    if (inTransaction) {
      throw new CairnException(
          "A transaction is already in progress on this connection (begun by begin() or by an"
              + " earlier statement); commit() or rollback() it first, or use savepoint() to nest");
    }
    inTransaction = true;
    runner.log().event("BEGIN (explicit)");
    return new DefaultTransaction(this, generation);
  }

  @Override
  public boolean inTransaction() {
    return inTransaction;
  }

  @Override
  public void commit() {
    requireOpen("commit");
    requireOwnTransactions("commit()");
    try {
      jdbc.commit();
    } catch (SQLException e) {
      endTransaction();
      throw LostConnections.atCommit(failure(e));
    }
    runner.log().event("COMMIT");
    endTransaction();
  }

  @Override
  public void rollback() {
    requireOpen("roll back");
    requireOwnTransactions("rollback()");
    try {
      jdbc.rollback();
    } catch (SQLException e) {
      DatabaseException failure = LostConnections.unlessLost(failure(e));
      if (failure != null) {
        throw failure;
      }
      runner.log().event("ROLLBACK skipped: the connection is lost (nothing left to undo)");
      return;
    } finally {
      endTransaction();
    }
    runner.log().event("ROLLBACK");
  }

  private void endTransaction() {
    inTransaction = false;
    generation++;
  }

  long generation() {
    return generation;
  }

  @Override
  public Savepoint savepoint() {
    requireOpen("set a savepoint");
    try {
      java.sql.Savepoint savepoint = jdbc.setSavepoint();
      inTransaction = true;
      runner.log().event("SAVEPOINT");
      return new DefaultSavepoint(this, savepoint, generation);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  void rollbackTo(java.sql.Savepoint savepoint) {
    requireOpen("roll back to a savepoint");
    try {
      jdbc.rollback(savepoint);
    } catch (SQLException e) {
      throw failure(e);
    }
    runner.log().event("ROLLBACK TO SAVEPOINT");
  }

  void release(java.sql.Savepoint savepoint) {
    requireOpen("release a savepoint");
    try {
      jdbc.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      throw failure(e);
    }
    runner.log().event("RELEASE SAVEPOINT");
  }

  @Override
  public void nested(Consumer<Connection> work) {
    nestedResult(
        connection -> {
          work.accept(connection);
          return null;
        });
  }

  @Override
  public <R> R nestedResult(Function<Connection, R> work) {
    return DefaultSavepoint.around(this, work);
  }

  @Override
  public void setIsolation(IsolationLevel level) {
    requireOpen("set the isolation level");
    requireIdle("the isolation level");
    ConnectionModes.setIsolation(jdbc, dialect(), level);
  }

  @Override
  public IsolationLevel isolation() {
    requireOpen("read the isolation level");
    return ConnectionModes.isolation(jdbc, runner);
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    requireOpen("set read-only");
    requireIdle("read-only mode");
    ConnectionModes.setReadOnly(jdbc, dialect(), readOnly);
  }

  @Override
  public boolean isReadOnly() {
    requireOpen("read the read-only flag");
    return ConnectionModes.isReadOnly(jdbc, runner);
  }

  @Override
  public java.sql.Connection unwrap() {
    requireOpen("unwrap");
    return jdbc;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException failure = null;
    if (!external) {
      try {
        if (inTransaction) {
          jdbc.rollback();
        }
        if (restoreAutoCommit) {
          jdbc.setAutoCommit(true);
        }
      } catch (SQLException e) {
        failure = LostConnections.unlessLost(failure(e));
      }
    }
    inTransaction = false;
    generation++;
    try {
      LostConnections.release(provider, jdbc, lost && !external);
    } catch (SQLException e) {
      if (failure == null) {
        failure = LostConnections.unlessLost(failure(e));
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** {@code e}, raised by this connection, translated; see {@link #noteLost}. */
  private DatabaseException failure(SQLException e) {
    return noteLost(runner.translate(e, null, null));
  }

  /** {@code failure}, as {@link LostConnections#lost}; a lost connection is discarded on close. */
  private DatabaseException noteLost(DatabaseException failure) {
    DatabaseException checked = LostConnections.lost(jdbc, failure);
    lost |= checked instanceof ConnectionFailureException;
    return checked;
  }

  private void releaseQuietly() {
    try {
      provider.release(jdbc);
    } catch (SQLException ignored) {
      // already failing; the first error is reported
    }
  }

  void requireOpen(String action) {
    if (closed) {
      throw new InvalidUsageException(
          "Cannot " + action + ": this Connection is closed; get a new one from engine.connect()");
    }
  }

  private void requireOwnTransactions(String method) {
    if (external) {
      throw new CairnException(
          "The transaction of this connection is managed externally (by "
              + provider
              + "); "
              + method
              + " is not allowed, end the transaction through its manager");
    }
  }

  private void requireIdle(String what) {
    if (inTransaction) {
      throw new CairnException(
          "Cannot change "
              + what
              + " in the middle of a transaction; change it before the first statement, or after"
              + " commit() or rollback()");
    }
  }
}
