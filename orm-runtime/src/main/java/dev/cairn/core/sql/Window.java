package dev.cairn.core.sql;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A window for window functions: {@code PARTITION BY …}, {@code ORDER BY …} and an optional frame.
 * Immutable; start from {@link Sql#window()} and chain.
 *
 * @param partitionBy the partitioning expressions
 * @param orderBy the ordering within each partition
 * @param frame the frame, or null for the database's default frame
 */
public record Window(
    List<Expression<?>> partitionBy, List<SortOrder> orderBy, @Nullable WindowFrame frame)
    implements SqlNode {

  private static final Window EMPTY = new Window(List.of(), List.of(), null);

  /** Copies the lists. */
  public Window {
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
  }

  /** The empty window: {@code OVER ()}. */
  public static Window empty() {
    return EMPTY;
  }

  /** This window, also partitioned by {@code expressions}. */
  public Window partitionBy(Expression<?>... expressions) {
    List<Expression<?>> all = new ArrayList<>(partitionBy);
    all.addAll(List.of(expressions));
    return new Window(all, orderBy, frame);
  }

  /** This window, also ordered by {@code orders}. */
  public Window orderBy(SortOrder... orders) {
    List<SortOrder> all = new ArrayList<>(orderBy);
    all.addAll(List.of(orders));
    return new Window(partitionBy, all, frame);
  }

  /** This window, also ordered ascending by {@code expressions}. */
  public Window orderBy(Expression<?>... expressions) {
    List<SortOrder> all = new ArrayList<>(orderBy);
    for (Expression<?> expression : expressions) {
      all.add(expression.asc());
    }
    return new Window(partitionBy, all, frame);
  }

  /** This window with the frame {@code ROWS BETWEEN start AND end}. */
  public Window rowsBetween(FrameBound start, FrameBound end) {
    return new Window(partitionBy, orderBy, new WindowFrame(WindowFrame.Unit.ROWS, start, end));
  }

  /** This window with the frame {@code RANGE BETWEEN start AND end}. */
  public Window rangeBetween(FrameBound start, FrameBound end) {
    return new Window(partitionBy, orderBy, new WindowFrame(WindowFrame.Unit.RANGE, start, end));
  }

  @Override
  public void render(RenderContext context) {
    String separator = "";
    if (!partitionBy.isEmpty()) {
      context.sql("PARTITION BY ").visit(partitionBy, ", ");
      separator = " ";
    }
    if (!orderBy.isEmpty()) {
      context.sql(separator).sql("ORDER BY ").visit(orderBy, ", ");
      separator = " ";
    }
    if (frame != null) {
      context.sql(separator).visit(frame);
    }
  }
}
