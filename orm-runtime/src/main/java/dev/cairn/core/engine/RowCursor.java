package dev.cairn.core.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * An open cursor as a spliterator: reads one row per advance, never more than the driver's fetch
 * size ahead. Closes the JDBC resources (and reports the execution to listeners) when exhausted,
 * when reading fails, or when the stream is closed, whichever comes first.
 */
final class RowCursor implements Spliterator<Row> {

  private final StatementRunner runner;
  private final DefaultExecutionContext context;
  private final Plan plan;
  private final Map<String, ?> values;
  private final PreparedStatement statement;
  private final ResultSet resultSet;
  private final ResultShape shape;
  private long rows;
  private boolean closed;

  RowCursor(
      StatementRunner runner,
      DefaultExecutionContext context,
      Plan plan,
      Map<String, ?> values,
      PreparedStatement statement,
      ResultSet resultSet)
      throws SQLException {
    this.runner = runner;
    this.context = context;
    this.plan = plan;
    this.values = values;
    this.statement = statement;
    this.resultSet = resultSet;
    this.shape = plan.shape(resultSet);
  }

  @Override
  public boolean tryAdvance(Consumer<? super Row> action) {
    if (closed) {
      return false;
    }
    Row row;
    try {
      if (!resultSet.next()) {
        close();
        return false;
      }
      row = new DefaultRow(shape, shape.read(resultSet));
    } catch (SQLException e) {
      RuntimeException error = runner.translate(e, plan, values);
      finish(error);
      throw error;
    }
    rows++;
    action.accept(row);
    return true;
  }

  @Override
  public @org.jspecify.annotations.Nullable Spliterator<Row> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public int characteristics() {
    return ORDERED | NONNULL;
  }

  void close() {
    finish(null);
  }

  private void finish(@org.jspecify.annotations.Nullable Throwable failure) {
    if (closed) {
      return;
    }
    closed = true;
    StatementRunner.closeQuietly(resultSet);
    StatementRunner.closeQuietly(statement);
    runner.end(context, failure == null ? rows : -1, plan, values, failure);
  }
}
