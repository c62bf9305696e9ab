package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values of one row of a multi-row INSERT or upsert, column by column in the order set.
 * Immutable: {@link #set} returns a new row. Start from {@link Sql#rowValues()}:
 *
 * <pre>{@code
 * Sql.insertInto(users)
 *     .row(Sql.rowValues().set(users.id, 1L).set(users.name, "ann"))
 *     .row(Sql.rowValues().set(users.id, 2L).set(users.name, "bob"));
 * }</pre>
 */
public final class RowValues {

  private static final RowValues EMPTY = new RowValues(List.of());

  private final List<Assignment> assignments;

  private RowValues(List<Assignment> assignments) {
    this.assignments = List.copyOf(assignments);
  }

  /** A row with no value yet. */
  public static RowValues empty() {
    return EMPTY;
  }

  /**
   * A row from a map of column to value; a value may be a plain Java value of the column's type or
   * an {@link Expression}. The map's iteration order is the column order.
   */
  public static RowValues of(Map<? extends ColumnReference<?>, ?> values) {
    RowValues row = EMPTY;
    for (Map.Entry<? extends ColumnReference<?>, ?> entry : values.entrySet()) {
      row = row.with(new Assignment(entry.getKey(), valueFor(entry.getKey(), entry.getValue())));
    }
    return row;
  }

  /** This row with {@code column} set to {@code value} (bound as a parameter). */
  public <T> RowValues set(ColumnReference<T> column, @Nullable T value) {
    return with(new Assignment(column, valueFor(column, value)));
  }

  /** This row with {@code column} set to an expression, e.g. {@code Sql.param("name", type)}. */
  public <T> RowValues set(ColumnReference<T> column, Expression<T> value) {
    return with(new Assignment(column, value));
  }

  /** This row with {@code column} set to NULL. */
  public RowValues setNull(ColumnReference<?> column) {
    return with(new Assignment(column, valueFor(column, null)));
  }

  /** The column assignments in order. */
  public List<Assignment> assignments() {
    return assignments;
  }

  /** Whether no column has a value. */
  public boolean isEmpty() {
    return assignments.isEmpty();
  }

  /** The value expression of {@code column} in this row, or null when it is not set. */
  public @Nullable Expression<?> valueOf(ColumnReference<?> column) {
    for (Assignment assignment : assignments) {
      if (assignment.column().equals(column)) {
        return assignment.value();
      }
    }
    return null;
  }

  RowValues with(Assignment assignment) {
    return new RowValues(Assignment.merge(assignments, assignment));
  }

  /** {@code value} as an expression for {@code column}: expressions as is, values bound. */
  @SuppressWarnings("unchecked")
  static Expression<?> valueFor(ColumnReference<?> column, @Nullable Object value) {
    if (value instanceof Expression<?> expression) {
      return expression;
    }
    if (value != null && !column.type().accepts(value)) {
      throw new CairnException(
          "Value for column "
              + column.tableReference().name()
              + "."
              + column.name()
              + " is a "
              + value.getClass().getName()
              + " but the column holds "
              + column.type().javaType().getName()
              + " ("
              + column.type()
              + "); pass a value of that type or an Expression");
    }
    return new BoundValue<>((dev.cairn.core.sql.type.SqlType<Object>) column.type(), value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowValues other && other.assignments.equals(assignments);
  }

  @Override
  public int hashCode() {
    return assignments.hashCode();
  }

  @Override
  public String toString() {
    return assignments.toString();
  }
}
