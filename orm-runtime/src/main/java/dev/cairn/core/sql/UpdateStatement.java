package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The immutable UPDATE statement behind {@link Update}. */
record UpdateStatement(
    TableReference table,
    List<Assignment> assignments,
    @Nullable Condition where,
    boolean allRows,
    List<Expression<?>> returning)
    implements Update {

  UpdateStatement {
    assignments = List.copyOf(assignments);
    returning = List.copyOf(returning);
  }

  static UpdateStatement of(TableReference table) {
    return new UpdateStatement(table, List.of(), null, false, List.of());
  }

  @Override
  public <T> Update set(ColumnReference<T> column, @Nullable T value) {
    return with(new Assignment(column, RowValues.valueFor(column, value)));
  }

  @Override
  public <T> Update set(ColumnReference<T> column, Expression<T> value) {
    return with(new Assignment(column, value));
  }

  @Override
  public Update setNull(ColumnReference<?> column) {
    return with(new Assignment(column, RowValues.valueFor(column, null)));
  }

  @Override
  public Update set(Map<? extends ColumnReference<?>, ?> values) {
    UpdateStatement result = this;
    for (Map.Entry<? extends ColumnReference<?>, ?> entry : values.entrySet()) {
      result =
          result.with(
              new Assignment(entry.getKey(), RowValues.valueFor(entry.getKey(), entry.getValue())));
    }
    return result;
  }

  private UpdateStatement with(Assignment assignment) {
    Assignment.requireColumnOf(
        table, assignment.column(), "UPDATE " + table.name() + " can only set its own columns");
    return new UpdateStatement(
        table, Assignment.merge(assignments, assignment), where, allRows, returning);
  }

  @Override
  public Update where(Condition condition) {
    return new UpdateStatement(table, assignments, Where.and(where, condition), allRows, returning);
  }

  @Override
  public Update all() {
    return new UpdateStatement(table, assignments, where, true, returning);
  }

  @Override
  public Update returning(Expression<?>... expressions) {
    return new UpdateStatement(table, assignments, where, allRows, List.of(expressions));
  }

  @Override
  public List<Expression<?>> resultColumns() {
    return returning;
  }

  @Override
  public void render(RenderContext context) {
    if (assignments.isEmpty()) {
      throw new CairnException(
          "UPDATE " + table.name() + " sets no column; add .set(column, value)");
    }
    context.sql("UPDATE ").identifier(table.name()).sql(" SET ").visit(assignments, ", ");
    Where.render(context, "UPDATE", table, where, allRows);
    Returning.render(
        context,
        "UPDATE",
        table,
        returning,
        context.dialect().dml().supportsUpdateReturning(),
        false);
  }
}
