package dev.cairn.core.sql;

/**
 * One ORDER BY item: an expression, a direction and where NULLs go.
 *
 * @param expression what to sort by
 * @param direction ascending or descending
 * @param nulls where NULLs sort; {@code DEFAULT} leaves it to the database
 */
public record SortOrder(Expression<?> expression, Direction direction, Nulls nulls)
    implements SqlNode {

  /** Sort direction. */
  public enum Direction {
    ASC,
    DESC
  }

  /** Placement of NULLs. */
  public enum Nulls {
    DEFAULT,
    FIRST,
    LAST
  }

  /** The same order with NULLs first. */
  public SortOrder nullsFirst() {
    return new SortOrder(expression, direction, Nulls.FIRST);
  }

  /** The same order with NULLs last. */
  public SortOrder nullsLast() {
    return new SortOrder(expression, direction, Nulls.LAST);
  }

  /**
   * Renders through the dialect ({@link QuerySyntax#renderSortOrder}); a labelled select-list
   * expression sorts by its label.
   */
  @Override
  public void render(RenderContext context) {
    SqlNode key = expression;
    if (expression instanceof Labeled<?> labeled) {
      key = c -> c.identifier(labeled.label());
    }
    context.dialect().query().renderSortOrder(context, key, direction, nulls);
  }
}
