package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code column = value}, one item of an UPDATE's SET list, of an upsert's update part, or one
 * column's value in an INSERT row. The column is written without its table qualifier.
 *
 * @param column the column assigned
 * @param value what it is set to: a bound value, a named parameter or any expression
 */
public record Assignment(ColumnReference<?> column, Expression<?> value) implements SqlNode {

  /** {@code assignments} with {@code assignment} replacing the one of its column, else appended. */
  static List<Assignment> merge(List<Assignment> assignments, Assignment assignment) {
    List<Assignment> copy = new ArrayList<>(assignments.size() + 1);
    boolean replaced = false;
    for (Assignment existing : assignments) {
      if (existing.column().equals(assignment.column())) {
        copy.add(assignment);
        replaced = true;
      } else {
        copy.add(existing);
      }
    }
    if (!replaced) {
      copy.add(assignment);
    }
    return copy;
  }

  /**
   * A CairnException unless {@code column} belongs to {@code table}; {@code advice} ends the
   * message, saying what the statement can do instead.
   */
  static void requireColumnOf(TableReference table, ColumnReference<?> column, String advice) {
    if (!column.tableReference().equals(table)) {
      throw new CairnException(
          "Column "
              + column.tableReference().name()
              + "."
              + column.name()
              + " is not a column of table "
              + table.name()
              + "; "
              + advice);
    }
  }

  @Override
  public void render(RenderContext context) {
    context.identifier(column.name()).sql(" = ").visit(value);
  }
}
