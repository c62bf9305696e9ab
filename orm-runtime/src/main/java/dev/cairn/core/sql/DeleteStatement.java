package dev.cairn.core.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The immutable DELETE statement behind {@link Delete}. */
record DeleteStatement(
    TableReference table, @Nullable Condition where, boolean allRows, List<Expression<?>> returning)
    implements Delete {

  DeleteStatement {
    returning = List.copyOf(returning);
  }

  static DeleteStatement from(TableReference table) {
    return new DeleteStatement(table, null, false, List.of());
  }

  @Override
  public Delete where(Condition condition) {
    return new DeleteStatement(table, Where.and(where, condition), allRows, returning);
  }

  @Override
  public Delete all() {
    return new DeleteStatement(table, where, true, returning);
  }

  @Override
  public Delete returning(Expression<?>... expressions) {
    return new DeleteStatement(table, where, allRows, List.of(expressions));
  }

  @Override
  public List<Expression<?>> resultColumns() {
    return returning;
  }

  @Override
  public void render(RenderContext context) {
    context.sql("DELETE FROM ").identifier(table.name());
    Where.render(context, "DELETE FROM", table, where, allRows);
    Returning.render(
        context,
        "DELETE FROM",
        table,
        returning,
        context.dialect().dml().supportsDeleteReturning(),
        false);
  }
}
