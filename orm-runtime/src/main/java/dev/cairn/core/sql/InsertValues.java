package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The target table and the rows of an INSERT or upsert. Immutable. Every row must give the same
 * columns; the first row fixes their order.
 */
record InsertValues(TableReference table, List<RowValues> rows) {

  InsertValues {
    rows = List.copyOf(rows);
  }

  static InsertValues into(TableReference table) {
    return new InsertValues(table, List.of());
  }

  /** Sets a column in the last row, starting the first row if there is none. */
  InsertValues set(Assignment assignment) {
    checkTable(assignment.column());
    List<RowValues> copy = new ArrayList<>(rows);
    if (copy.isEmpty()) {
      copy.add(RowValues.empty().with(assignment));
    } else {
      int last = copy.size() - 1;
      copy.set(last, copy.get(last).with(assignment));
    }
    return new InsertValues(table, copy);
  }

  InsertValues row(RowValues row) {
    for (Assignment assignment : row.assignments()) {
      checkTable(assignment.column());
    }
    List<RowValues> copy = new ArrayList<>(rows);
    copy.add(row);
    return new InsertValues(table, copy);
  }

  InsertValues rows(List<RowValues> more) {
    InsertValues result = this;
    for (RowValues row : more) {
      result = result.row(row);
    }
    return result;
  }

  InsertValues values(List<? extends Map<? extends ColumnReference<?>, ?>> maps) {
    InsertValues result = this;
    for (Map<? extends ColumnReference<?>, ?> map : maps) {
      result = result.row(RowValues.of(map));
    }
    return result;
  }

  /**
   * These rows with every column that has a {@link ColumnReference#clientDefault()} and is not
   * given filled in by a {@link ClientDefault} parameter, whose supplier is asked each time the
   * statement is bound; with no row, one row of such defaults.
   */
  InsertValues withClientDefaults() {
    List<ColumnReference<?>> defaulted = new ArrayList<>();
    for (ColumnReference<?> column : table.columnReferences()) {
      if (column.clientDefault() != null) {
        defaulted.add(column);
      }
    }
    if (defaulted.isEmpty()) {
      return this;
    }
    List<RowValues> source = rows.isEmpty() ? List.of(RowValues.empty()) : rows;
    List<RowValues> filled = new ArrayList<>(source.size());
    for (RowValues row : source) {
      RowValues result = row;
      for (ColumnReference<?> column : defaulted) {
        if (row.valueOf(column) == null) {
          result = result.with(new Assignment(column, clientDefault(column)));
        }
      }
      filled.add(result);
    }
    return new InsertValues(table, filled);
  }

  private static <T> ClientDefault<T> clientDefault(ColumnReference<T> column) {
    java.util.function.Supplier<? extends T> supplier = column.clientDefault();
    if (supplier == null) {
      throw new IllegalStateException("Column " + column.name() + " has no client default");
    }
    return new ClientDefault<>(column, supplier);
  }

  /** The columns given, in the first row's order. */
  List<ColumnReference<?>> columns() {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<ColumnReference<?>> columns = new ArrayList<>();
    for (Assignment assignment : rows.get(0).assignments()) {
      columns.add(assignment.column());
    }
    return columns;
  }

  /**
   * The value expressions of every row, in {@link #columns()} order; a CairnException when a row
   * gives other columns than the first.
   */
  List<List<Expression<?>>> valueRows(String statement) {
    List<ColumnReference<?>> columns = columns();
    List<List<Expression<?>>> result = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      RowValues row = rows.get(i);
      if (row.assignments().size() != columns.size()) {
        throw mismatch(statement, i, columns, row);
      }
      List<Expression<?>> values = new ArrayList<>(columns.size());
      for (ColumnReference<?> column : columns) {
        Expression<?> value = row.valueOf(column);
        if (value == null) {
          throw mismatch(statement, i, columns, row);
        }
        values.add(value);
      }
      result.add(values);
    }
    return result;
  }

  private CairnException mismatch(
      String statement, int index, List<ColumnReference<?>> columns, RowValues row) {
    List<String> given = new ArrayList<>();
    row.assignments().forEach(a -> given.add(a.column().name()));
    return new CairnException(
        statement
            + " "
            + table.name()
            + ": row "
            + (index + 1)
            + " gives columns "
            + given
            + " but row 1 gives "
            + names(columns)
            + "; every row of a multi-row insert must give the same columns");
  }

  private void checkTable(ColumnReference<?> column) {
    Assignment.requireColumnOf(
        table,
        column,
        "insert into " + column.tableReference().name() + " or use a column of " + table.name());
  }

  static List<String> names(List<? extends ColumnReference<?>> columns) {
    List<String> names = new ArrayList<>(columns.size());
    columns.forEach(c -> names.add(c.name()));
    return names;
  }

  /** Renders {@code " (a, b)"} for {@code columns}. */
  static void renderColumnList(RenderContext context, List<? extends ColumnReference<?>> columns) {
    context.sql(" (");
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        context.sql(", ");
      }
      context.identifier(columns.get(i).name());
    }
    context.sql(')');
  }

  /** Renders {@code "(?, ?), (?, ?)"} for {@code rows}. */
  static void renderRows(RenderContext context, List<List<Expression<?>>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        context.sql(", ");
      }
      context.sql('(').visit(rows.get(i), ", ").sql(')');
    }
  }
}
