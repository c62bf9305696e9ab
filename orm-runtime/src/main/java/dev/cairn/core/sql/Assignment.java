package dev.cairn.core.sql;

/**
 * {@code column = value}, one item of an UPDATE's SET list, of an upsert's update part, or one
 * column's value in an INSERT row. The column is written without its table qualifier.
 *
 * @param column the column assigned
 * @param value what it is set to: a bound value, a named parameter or any expression
 */
public record Assignment(ColumnReference<?> column, Expression<?> value) implements SqlNode {

  @Override
  public void render(RenderContext context) {
    context.identifier(column.name()).sql(" = ").visit(value);
  }
}
