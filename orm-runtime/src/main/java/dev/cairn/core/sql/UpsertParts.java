package dev.cairn.core.sql;

import java.util.List;

/**
 * An upsert taken apart for a dialect's {@link DmlSyntax#renderUpsert}: the rows to insert, the
 * conflict keys and what to set on conflict. Validated: every row gives {@code columns} in order,
 * and every key is one of them.
 *
 * @param table the table inserted into
 * @param columns the inserted columns, in order
 * @param rows the value expressions of each row, in {@code columns} order
 * @param conflictKeys the columns whose unique constraint detects the conflict
 * @param updates what to set on conflict; empty means do nothing
 */
public record UpsertParts(
    TableReference table,
    List<ColumnReference<?>> columns,
    List<List<Expression<?>>> rows,
    List<ColumnReference<?>> conflictKeys,
    List<Assignment> updates) {

  /** Copies the lists. */
  public UpsertParts {
    columns = List.copyOf(columns);
    rows = rows.stream().<List<Expression<?>>>map(List::copyOf).toList();
    conflictKeys = List.copyOf(conflictKeys);
    updates = List.copyOf(updates);
  }

  /** Whether a conflicting row is left as it is. */
  public boolean doNothing() {
    return updates.isEmpty();
  }

  /** Renders {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?)}. */
  public void renderInsert(RenderContext context) {
    context.sql("INSERT INTO ").identifier(table.name());
    renderColumns(context, columns);
    context.sql(" VALUES ");
    renderRows(context);
  }

  /** Renders {@code " (a, b)"} for {@code list}. */
  public void renderColumns(RenderContext context, List<? extends ColumnReference<?>> list) {
    InsertValues.renderColumnList(context, list);
  }

  /** Renders {@code "(?, ?), (?, ?)"}, the rows of a VALUES list. */
  public void renderRows(RenderContext context) {
    InsertValues.renderRows(context, rows);
  }

  /** Renders {@code "a = x, b = y"}, the updates. */
  public void renderUpdates(RenderContext context) {
    context.visit(updates, ", ");
  }
}
