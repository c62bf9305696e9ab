package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The immutable upsert behind {@link Upsert}. */
record UpsertStatement(
    InsertValues values,
    List<ColumnReference<?>> keys,
    Action action,
    boolean updateRest,
    List<Assignment> updates,
    List<Expression<?>> returning)
    implements Upsert {

  /** What happens on conflict. */
  enum Action {
    UNDECIDED,
    NOTHING,
    UPDATE
  }

  UpsertStatement {
    keys = List.copyOf(keys);
    updates = List.copyOf(updates);
    returning = List.copyOf(returning);
  }

  static UpsertStatement of(InsertValues values, List<Expression<?>> returning) {
    return new UpsertStatement(values, List.of(), Action.UNDECIDED, false, List.of(), returning);
  }

  @Override
  public TableReference table() {
    return values.table();
  }

  private UpsertStatement withValues(InsertValues newValues) {
    return new UpsertStatement(newValues, keys, action, updateRest, updates, returning);
  }

  @Override
  public <T> Upsert set(ColumnReference<T> column, @Nullable T value) {
    return withValues(values.set(new Assignment(column, RowValues.valueFor(column, value))));
  }

  @Override
  public <T> Upsert set(ColumnReference<T> column, Expression<T> value) {
    return withValues(values.set(new Assignment(column, value)));
  }

  @Override
  public Upsert setNull(ColumnReference<?> column) {
    return withValues(values.set(new Assignment(column, RowValues.valueFor(column, null))));
  }

  @Override
  public Upsert values(Map<? extends ColumnReference<?>, ?> row) {
    return withValues(values.row(RowValues.of(row)));
  }

  @Override
  public Upsert values(List<? extends Map<? extends ColumnReference<?>, ?>> rows) {
    return withValues(values.values(rows));
  }

  @Override
  public Upsert row(RowValues row) {
    return withValues(values.row(row));
  }

  @Override
  public Upsert rows(List<RowValues> rows) {
    return withValues(values.rows(rows));
  }

  @Override
  public Upsert onConflict(ColumnReference<?>... conflictKeys) {
    return new UpsertStatement(
        values, List.of(conflictKeys), action, updateRest, updates, returning);
  }

  @Override
  public Upsert doNothing() {
    return new UpsertStatement(values, keys, Action.NOTHING, false, List.of(), returning);
  }

  @Override
  public Upsert doUpdate(ColumnReference<?>... columns) {
    if (columns.length == 0) {
      return new UpsertStatement(values, keys, Action.UPDATE, true, updates, returning);
    }
    List<Assignment> more = new ArrayList<>(columns.length);
    for (ColumnReference<?> column : columns) {
      more.add(new Assignment(column, new Excluded<>(column)));
    }
    return withUpdates(more);
  }

  @Override
  public <T> Upsert doUpdateSet(ColumnReference<T> column, Expression<T> value) {
    return withUpdates(List.of(new Assignment(column, value)));
  }

  @Override
  public <T> Upsert doUpdateSet(ColumnReference<T> column, @Nullable T value) {
    return withUpdates(List.of(new Assignment(column, RowValues.valueFor(column, value))));
  }

  private Upsert withUpdates(List<Assignment> more) {
    List<Assignment> merged = action == Action.UPDATE ? updates : List.of();
    for (Assignment assignment : more) {
      checkTable(assignment.column());
      merged = Assignment.merge(merged, assignment);
    }
    boolean rest = action == Action.UPDATE && updateRest;
    return new UpsertStatement(values, keys, Action.UPDATE, rest, merged, returning);
  }

  @Override
  public Upsert returning(Expression<?>... expressions) {
    return new UpsertStatement(values, keys, action, updateRest, updates, List.of(expressions));
  }

  @Override
  public List<Expression<?>> resultColumns() {
    return returning;
  }

  @Override
  public void render(RenderContext context) {
    context.dialect().dml().renderUpsert(context, parts());
    Returning.render(
        context,
        "Upsert into",
        table(),
        returning,
        context.dialect().dml().supportsUpsertReturning(),
        false);
  }

  /** This upsert validated and taken apart for the dialect. */
  UpsertParts parts() {
    TableReference table = table();
    if (values.rows().isEmpty()) {
      throw new CairnException(
          "Upsert into " + table.name() + " has no row; set(…) the values to insert");
    }
    InsertValues filled = values.withClientDefaults();
    List<List<Expression<?>>> rows = filled.valueRows("Upsert into");
    List<ColumnReference<?>> columns = filled.columns();
    List<ColumnReference<?>> conflictKeys = resolveKeys(table, columns);
    if (action == Action.UNDECIDED) {
      throw new CairnException(
          "Upsert into "
              + table.name()
              + " does not say what to do on conflict; add doUpdate(…) or doNothing()");
    }
    List<Assignment> resolved = List.of();
    if (action == Action.UPDATE) {
      if (updateRest) {
        for (ColumnReference<?> column : values.columns()) {
          if (!conflictKeys.contains(column)) {
            resolved = Assignment.merge(resolved, new Assignment(column, new Excluded<>(column)));
          }
        }
      }
      for (Assignment assignment : updates) {
        resolved = Assignment.merge(resolved, assignment);
      }
    }
    return new UpsertParts(table, columns, rows, conflictKeys, resolved);
  }

  private List<ColumnReference<?>> resolveKeys(
      TableReference table, List<ColumnReference<?>> columns) {
    List<ColumnReference<?>> resolved = new ArrayList<>(keys);
    if (resolved.isEmpty()) {
      resolved.addAll(table.primaryKeyReferences());
    }
    if (resolved.isEmpty()) {
      throw new CairnException(
          "Upsert into "
              + table.name()
              + " has no conflict key and the table has no primary key; name the columns of a"
              + " unique constraint with onConflict(…)");
    }
    for (ColumnReference<?> key : resolved) {
      checkTable(key);
      if (!columns.contains(key)) {
        throw new CairnException(
            "Upsert into "
                + table.name()
                + ": conflict key "
                + key.name()
                + " is not among the inserted columns "
                + InsertValues.names(columns)
                + "; set a value for it");
      }
    }
    return resolved;
  }

  private void checkTable(ColumnReference<?> column) {
    Assignment.requireColumnOf(
        table(), column, "an upsert can only key on and update its own table's columns");
  }
}
