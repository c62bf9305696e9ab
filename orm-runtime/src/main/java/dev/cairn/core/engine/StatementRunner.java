package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import dev.cairn.core.DatabaseException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.sql.ReturningMode;
import dev.cairn.core.sql.Statement;
import dev.cairn.core.sql.StatementKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Runs plans on a JDBC connection for one engine: binds, executes (single, batched, streamed),
 * reads rows through the plan's codecs, and wraps every execution in logging, listener calls and
 * error translation. Stateless apart from the engine's settings; shared by its connections.
 */
final class StatementRunner {

  private final Dialect dialect;
  private final EngineOptions options;
  private final PlanCache plans;
  private final SqlLog log;
  private final ErrorTranslator errors;
  private final ExecutionListener[] listeners;
  private final ConnectionTarget target;

  StatementRunner(Dialect dialect, EngineOptions options) {
    this.dialect = dialect;
    this.options = options;
    this.plans = new PlanCache(dialect, options.statementCacheSize());
    this.log = new SqlLog(options.echo(), options.logParameters());
    this.errors = new ErrorTranslator(dialect, options.showParametersInErrors());
    this.listeners = options.listeners().toArray(new ExecutionListener[0]);
    this.target = ConnectionTarget.PRIMARY;
  }

  /** A runner sharing everything with {@code shared} (plan cache included) for {@code target}. */
  StatementRunner(StatementRunner shared, ConnectionTarget target) {
    this.dialect = shared.dialect;
    this.options = shared.options;
    this.plans = shared.plans;
    this.log = shared.log;
    this.errors = shared.errors;
    this.listeners = shared.listeners;
    this.target = target;
  }

  ConnectionTarget target() {
    return target;
  }

  Dialect dialect() {
    return dialect;
  }

  Plan plan(Statement statement) {
    return plans.plan(statement);
  }

  int cachedPlans() {
    return plans.size();
  }

  SqlLog log() {
    return log;
  }

  Result execute(
      java.sql.Connection jdbc, Plan plan, @Nullable Statement statement, Map<String, ?> values) {
    DefaultExecutionContext context = begin(plan.sql, plan.compiled.kind(), statement, 1);
    try (PreparedStatement prepared = prepare(jdbc, plan)) {
      plan.bind(prepared, values);
      Result result = run(prepared, plan);
      end(context, result.rowCount(), plan, values, null);
      return result;
    } catch (SQLException e) {
      throw fail(context, translate(e, plan, values), plan, values);
    } catch (RuntimeException | Error e) {
      throw fail(context, e, plan, values);
    }
  }

  BatchResult executeMany(
      java.sql.Connection jdbc,
      Plan plan,
      @Nullable Statement statement,
      List<? extends Map<String, ?>> sets) {
    boolean batchReturning = plan.queriesRows() && batchesReturning(plan);
    if ((plan.queriesRows() && !batchReturning)
        || (plan.generatedKeys && !dialect.supportsBatchGeneratedKeys())) {
      return oneByOne(jdbc, plan, statement, sets);
    }
    long[] counts = new long[sets.size()];
    List<Row> rows = new ArrayList<>();
    ResultShape shape = ResultShape.EMPTY;
    int trips = 0;
    int size = Math.max(1, options.batchSize());
    try (PreparedStatement prepared =
        batchReturning
            ? jdbc.prepareStatement(plan.sql, java.sql.Statement.RETURN_GENERATED_KEYS)
            : prepare(jdbc, plan)) {
      for (int from = 0; from < sets.size(); from += size) {
        int to = Math.min(sets.size(), from + size);
        DefaultExecutionContext context =
            begin(plan.sql, plan.compiled.kind(), statement, to - from);
        Map<String, ?> current = sets.get(from);
        try {
          for (int i = from; i < to; i++) {
            current = sets.get(i);
            plan.bind(prepared, current);
            prepared.addBatch();
          }
          int[] chunk = prepared.executeBatch();
          long total = 0;
          for (int i = 0; i < chunk.length && from + i < counts.length; i++) {
            counts[from + i] = chunk[i];
            total += Math.max(chunk[i], 0);
          }
          if (plan.generatedKeys || batchReturning) {
            try (ResultSet keys = prepared.getGeneratedKeys()) {
              shape = plan.shape(keys);
              readAll(keys, shape, rows);
            }
          }
          trips++;
          end(context, total, plan, current, null);
        } catch (SQLException e) {
          throw fail(context, translate(e, plan, current), plan, current);
        } catch (RuntimeException | Error e) {
          throw fail(context, e, plan, current);
        }
      }
    } catch (SQLException e) {
      throw translate(e, plan, null);
    }
    return new DefaultBatchResult(counts, result(shape, rows, rows.size(), plan), trips);
  }

  /** A data change with native RETURNING whose rows the driver returns from a batch. */
  private boolean batchesReturning(Plan plan) {
    return plan.compiled.kind() != StatementKind.SELECT
        && plan.compiled.returning() == ReturningMode.NATIVE
        && dialect.supportsBatchReturning();
  }

  private BatchResult oneByOne(
      java.sql.Connection jdbc,
      Plan plan,
      @Nullable Statement statement,
      List<? extends Map<String, ?>> sets) {
    long[] counts = new long[sets.size()];
    List<Row> rows = new ArrayList<>();
    ResultShape shape = ResultShape.EMPTY;
    for (int i = 0; i < sets.size(); i++) {
      Result result = execute(jdbc, plan, statement, sets.get(i));
      counts[i] = result.rowCount();
      rows.addAll(result.all());
      if (shape.size() == 0) {
        shape = ((DefaultResult) result).shape();
      }
    }
    return new DefaultBatchResult(counts, result(shape, rows, rows.size(), plan), sets.size());
  }

  Stream<Row> stream(
      java.sql.Connection jdbc, Plan plan, @Nullable Statement statement, Map<String, ?> values) {
    if (!plan.queriesRows()) {
      throw new CairnException(
          "Only queries can be streamed; this statement returns no rows: " + plan.sql);
    }
    DefaultExecutionContext context = begin(plan.sql, plan.compiled.kind(), statement, 1);
    PreparedStatement prepared = null;
    try {
      prepared =
          jdbc.prepareStatement(plan.sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      prepared.setFetchSize(options.fetchSize());
      plan.bind(prepared, values);
      ResultSet resultSet = prepared.executeQuery();
      RowCursor cursor = new RowCursor(this, context, plan, values, prepared, resultSet);
      return StreamSupport.stream(cursor, false).onClose(cursor::close);
    } catch (SQLException e) {
      closeQuietly(prepared);
      throw fail(context, translate(e, plan, values), plan, values);
    } catch (RuntimeException | Error e) {
      closeQuietly(prepared);
      throw fail(context, e, plan, values);
    }
  }

  /**
   * Runs a query and hands each row's values to {@code handler} as the cursor reads them; no {@link
   * Row} is made and nothing is buffered. Returns the number of rows read.
   */
  long forEachRow(
      java.sql.Connection jdbc,
      Plan plan,
      @Nullable Statement statement,
      Map<String, ?> values,
      RowHandler handler) {
    if (!plan.queriesRows()) {
      throw new CairnException(
          "Only queries can be read row by row; this statement returns no rows: " + plan.sql);
    }
    DefaultExecutionContext context = begin(plan.sql, plan.compiled.kind(), statement, 1);
    try (PreparedStatement prepared = prepare(jdbc, plan)) {
      plan.bind(prepared, values);
      try (ResultSet resultSet = prepared.executeQuery()) {
        ResultShape shape = plan.shape(resultSet);
        long rows = 0;
        while (resultSet.next()) {
          handler.handle(shape.read(resultSet));
          rows++;
        }
        end(context, rows, plan, values, null);
        return rows;
      }
    } catch (SQLException e) {
      throw fail(context, translate(e, plan, values), plan, values);
    } catch (RuntimeException | Error e) {
      throw fail(context, e, plan, values);
    }
  }

  /** Runs raw SQL (DDL) with logging, listeners and error translation. */
  void executeRaw(java.sql.Connection jdbc, String sql, StatementKind kind) {
    DefaultExecutionContext context = begin(sql, kind, null, 1);
    try (java.sql.Statement statement = jdbc.createStatement()) {
      statement.execute(sql);
      end(context, Math.max(statement.getUpdateCount(), 0), null, null, null);
    } catch (SQLException e) {
      DatabaseException error = errors.translate(e, sql, null, null);
      end(context, -1, null, null, error);
      throw error;
    }
  }

  DatabaseException translate(
      SQLException e, @Nullable Plan plan, @Nullable Map<String, ?> values) {
    return plan == null
        ? errors.translate(e, null, null, null)
        : errors.translate(e, plan.sql, plan.parameters(), values);
  }

  DefaultExecutionContext begin(
      String sql, StatementKind kind, @Nullable Statement statement, int batchSize) {
    DefaultExecutionContext context =
        new DefaultExecutionContext(
            sql, kind, statement, dialect, target, batchSize, System.nanoTime());
    for (ExecutionListener listener : listeners) {
      listener.beforeExecute(context);
    }
    return context;
  }

  void end(
      DefaultExecutionContext context,
      long rows,
      @Nullable Plan plan,
      @Nullable Map<String, ?> values,
      @Nullable Throwable failure) {
    context.finish(rows, System.nanoTime());
    log.executed(context, plan == null ? null : plan.parameters(), values, failure);
    for (ExecutionListener listener : listeners) {
      listener.afterExecute(context, failure);
    }
  }

  private RuntimeException fail(
      DefaultExecutionContext context,
      Throwable failure,
      Plan plan,
      @Nullable Map<String, ?> values) {
    end(context, -1, plan, values, failure);
    if (failure instanceof Error error) {
      throw error;
    }
    return (RuntimeException) failure;
  }

  private static PreparedStatement prepare(java.sql.Connection jdbc, Plan plan)
      throws SQLException {
    return plan.generatedKeys
        ? jdbc.prepareStatement(plan.sql, plan.keyColumns)
        : jdbc.prepareStatement(plan.sql);
  }

  private Result run(PreparedStatement prepared, Plan plan) throws SQLException {
    if (plan.generatedKeys) {
      long count = prepared.executeUpdate();
      try (ResultSet keys = prepared.getGeneratedKeys()) {
        ResultShape shape = plan.shape(keys);
        return result(shape, readAll(keys, shape, new ArrayList<>()), count, plan);
      }
    }
    if (prepared.execute()) {
      try (ResultSet resultSet = prepared.getResultSet()) {
        ResultShape shape = plan.shape(resultSet);
        List<Row> rows = readAll(resultSet, shape, new ArrayList<>());
        return result(shape, rows, rows.size(), plan);
      }
    }
    return result(ResultShape.EMPTY, List.of(), prepared.getUpdateCount(), plan);
  }

  private static List<Row> readAll(ResultSet resultSet, ResultShape shape, List<Row> rows)
      throws SQLException {
    while (resultSet.next()) {
      rows.add(new DefaultRow(shape, shape.read(resultSet)));
    }
    return rows;
  }

  private static Result result(ResultShape shape, List<Row> rows, long count, Plan plan) {
    return new DefaultResult(shape, rows, count, plan.sql);
  }

  static void closeQuietly(@Nullable AutoCloseable resource) {
    if (resource != null) {
      try {
        resource.close();
      } catch (Exception ignored) {
        // closing after a failure; the failure is what the caller needs to see
      }
    }
  }
}
