package dev.cairn.core.sql;

import java.util.List;

/**
 * A statement compiled for one dialect: SQL text with {@code ?} markers and the parameters that
 * fill them, in order. Immutable; safe to cache and share between threads.
 *
 * @param sql the SQL text
 * @param kind what the statement does
 * @param parameters one entry per {@code ?}, in order
 * @param resultColumns the expressions of result rows (select list or RETURNING)
 * @param returning how rows of a RETURNING clause are obtained
 * @param generatedKeyColumns the column names to request as generated keys, when {@code returning}
 *     is {@link ReturningMode#GENERATED_KEYS}
 */
public record CompiledStatement(
    String sql,
    StatementKind kind,
    List<Parameter> parameters,
    List<Expression<?>> resultColumns,
    ReturningMode returning,
    List<String> generatedKeyColumns) {

  /** Copies the lists. */
  public CompiledStatement {
    parameters = List.copyOf(parameters);
    resultColumns = List.copyOf(resultColumns);
    generatedKeyColumns = List.copyOf(generatedKeyColumns);
  }

  /** Whether executing this statement produces rows. */
  public boolean returnsRows() {
    return kind == StatementKind.SELECT || returning != ReturningMode.NONE;
  }

  @Override
  public String toString() {
    return sql;
  }
}
