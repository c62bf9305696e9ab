package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The immutable INSERT statement behind {@link Insert}. */
record InsertStatement(
    InsertValues values,
    List<ColumnReference<?>> selectColumns,
    @Nullable Statement select,
    List<Expression<?>> returning)
    implements Insert {

  InsertStatement {
    selectColumns = List.copyOf(selectColumns);
    returning = List.copyOf(returning);
  }

  static InsertStatement into(TableReference table) {
    return new InsertStatement(InsertValues.into(table), List.of(), null, List.of());
  }

  @Override
  public TableReference table() {
    return values.table();
  }

  private InsertStatement withValues(InsertValues newValues) {
    return new InsertStatement(newValues, selectColumns, select, returning);
  }

  @Override
  public <T> Insert set(ColumnReference<T> column, @Nullable T value) {
    return withValues(values.set(new Assignment(column, RowValues.valueFor(column, value))));
  }

  @Override
  public <T> Insert set(ColumnReference<T> column, Expression<T> value) {
    return withValues(values.set(new Assignment(column, value)));
  }

  @Override
  public Insert setNull(ColumnReference<?> column) {
    return withValues(values.set(new Assignment(column, RowValues.valueFor(column, null))));
  }

  @Override
  public Insert values(Map<? extends ColumnReference<?>, ?> row) {
    return withValues(values.row(RowValues.of(row)));
  }

  @Override
  public Insert values(List<? extends Map<? extends ColumnReference<?>, ?>> rows) {
    return withValues(values.values(rows));
  }

  @Override
  public Insert row(RowValues row) {
    return withValues(values.row(row));
  }

  @Override
  public Insert rows(List<RowValues> rows) {
    return withValues(values.rows(rows));
  }

  @Override
  public Insert columns(ColumnReference<?>... columns) {
    return new InsertStatement(values, List.of(columns), select, returning);
  }

  @Override
  public Insert select(Statement query) {
    if (query.kind() != StatementKind.SELECT) {
      throw new CairnException(
          "INSERT INTO "
              + table().name()
              + " … SELECT needs a SELECT statement, got a "
              + query.kind()
              + " statement; pass a query built with Sql.select(…)");
    }
    return new InsertStatement(values, selectColumns, query, returning);
  }

  @Override
  public Insert returning(Expression<?>... expressions) {
    return new InsertStatement(values, selectColumns, select, List.of(expressions));
  }

  @Override
  public Upsert onConflict(ColumnReference<?>... keys) {
    if (select != null) {
      throw new CairnException(
          "INSERT INTO "
              + table().name()
              + " … SELECT cannot become an upsert; upsert VALUES rows with Sql.upsert(…)");
    }
    return UpsertStatement.of(values, returning).onConflict(keys);
  }

  @Override
  public List<Expression<?>> resultColumns() {
    return returning;
  }

  @Override
  public void render(RenderContext context) {
    TableReference table = table();
    context.sql("INSERT INTO ").identifier(table.name());
    if (select != null) {
      renderSelect(context, select);
    } else {
      InsertValues filled = values.withClientDefaults();
      if (filled.rows().isEmpty()) {
        context.dialect().dml().renderDefaultValues(context);
      } else {
        InsertValues.renderColumnList(context, filled.columns());
        context.sql(" VALUES ");
        InsertValues.renderRows(context, filled.valueRows("INSERT INTO"));
      }
    }
    Returning.render(
        context,
        "INSERT INTO",
        table,
        returning,
        context.dialect().dml().supportsInsertReturning(),
        true);
  }

  private void renderSelect(RenderContext context, Statement query) {
    if (!values.rows().isEmpty()) {
      throw new CairnException(
          "INSERT INTO "
              + table().name()
              + " has both VALUES rows and a SELECT; use one or the other");
    }
    int selected = query.resultColumns().size();
    if (!selectColumns.isEmpty() && selected > 0 && selected != selectColumns.size()) {
      throw new CairnException(
          "INSERT INTO "
              + table().name()
              + " names "
              + selectColumns.size()
              + " columns "
              + InsertValues.names(selectColumns)
              + " but its SELECT returns "
              + selected
              + " columns; make the two lists match");
    }
    if (!selectColumns.isEmpty()) {
      InsertValues.renderColumnList(context, selectColumns);
    }
    context.sql(' ').visit(query);
  }
}
