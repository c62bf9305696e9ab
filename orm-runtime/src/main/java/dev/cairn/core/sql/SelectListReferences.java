package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * GROUP BY and ORDER BY items that repeat a select-list column holding bound values refer to that
 * column instead of repeating it, so the database sees one expression rather than two with separate
 * parameters (which PostgreSQL and H2 treat as different expressions): {@code GROUP BY 2} by
 * position, or by the column's label where the database cannot group by position (H2), an
 * unlabelled column then getting the label {@code cairn_group_<position>}. An item repeats a column
 * when it renders the same SQL; its values must then be the same too. Items without bound values
 * render as written, so plain {@code GROUP BY users.name} stays readable. A labelled GROUP BY item
 * ({@code groupBy(expr.as("label"))}) groups by the expression, never {@code expr AS label}.
 */
final class SelectListReferences {

  private static final String GENERATED_LABEL = "cairn_group_";

  private final DefaultSelect select;
  private final boolean byPosition;
  private final int[] groupPositions;
  private final int[] orderPositions;
  private @Nullable Probe[] columnProbes;

  private SelectListReferences(DefaultSelect select, RenderContext context) {
    this.select = select;
    this.byPosition = context.dialect().query().supportsGroupByPosition();
    this.groupPositions = new int[select.groupBy().size()];
    this.orderPositions = new int[select.orderBy().size()];
    if (context.inlineLiterals()) {
      return;
    }
    for (int i = 0; i < groupPositions.length; i++) {
      groupPositions[i] = groupPosition(i, context);
    }
    if (!select.groupBy().isEmpty() || select.distinctRows()) {
      for (int i = 0; i < orderPositions.length; i++) {
        orderPositions[i] = orderPosition(select.orderBy().get(i), context);
      }
    }
  }

  /** The references of {@code select} as rendered in {@code context}. */
  static SelectListReferences of(DefaultSelect select, RenderContext context) {
    return new SelectListReferences(select, context);
  }

  /** Renders select-list column {@code index}, with a generated label where GROUP BY needs one. */
  void renderColumn(int index, RenderContext context) {
    Expression<?> column = select.columns().get(index);
    context.visit(column);
    if (!byPosition && !(column instanceof Labeled<?>) && referencedByGroup(index + 1)) {
      context.sql(" AS ").identifier(GENERATED_LABEL + (index + 1));
    }
  }

  /** Renders GROUP BY item {@code index}: a reference, or the expression without its label. */
  void renderGroupItem(int index, RenderContext context) {
    int position = groupPositions[index];
    if (position == 0) {
      context.visit(unlabelled(select.groupBy().get(index)));
    } else if (byPosition) {
      context.sql(Integer.toString(position));
    } else {
      context.identifier(label(position));
    }
  }

  /** Renders ORDER BY item {@code index}: by a reference, or as written. */
  void renderOrderItem(int index, RenderContext context) {
    SortOrder order = select.orderBy().get(index);
    int position = orderPositions[index];
    if (position == 0) {
      context.visit(order);
      return;
    }
    Expression<?> column = select.columns().get(position - 1);
    SqlNode key =
        column instanceof Labeled<?> labeled
            ? c -> c.identifier(labeled.label())
            : c -> c.sql(Integer.toString(position));
    context.dialect().query().renderSortOrder(context, key, order.direction(), order.nulls());
  }

  private boolean referencedByGroup(int position) {
    for (int groupPosition : groupPositions) {
      if (groupPosition == position) {
        return true;
      }
    }
    return false;
  }

  private String label(int position) {
    return select.columns().get(position - 1) instanceof Labeled<?> labeled
        ? labeled.label()
        : GENERATED_LABEL + position;
  }

  private int groupPosition(int index, RenderContext context) {
    Expression<?> item = unlabelled(select.groupBy().get(index));
    Probe probe = Probe.of(item, context);
    if (probe == null) {
      return 0;
    }
    int sameSql = 0;
    for (int c = 0; c < select.columns().size(); c++) {
      Probe column = column(c, context);
      if (column != null && column.sql.equals(probe.sql)) {
        if (column.parameters.equals(probe.parameters)) {
          return c + 1;
        }
        sameSql = c + 1;
      }
    }
    if (sameSql > 0) {
      throw new CairnException(
          "GROUP BY item "
              + (index + 1)
              + " repeats select-list column "
              + sameSql
              + " ("
              + probe.sql
              + ") with other bound values; group by the same expression object you select, or"
              + " write its constants with Sql.inline");
    }
    return 0;
  }

  private int orderPosition(SortOrder order, RenderContext context) {
    Expression<?> item = order.expression();
    if (item instanceof Labeled<?>) {
      return 0;
    }
    Probe probe = Probe.of(item, context);
    if (probe == null) {
      return 0;
    }
    for (int c = 0; c < select.columns().size(); c++) {
      Probe column = column(c, context);
      if (column != null
          && column.sql.equals(probe.sql)
          && column.parameters.equals(probe.parameters)) {
        boolean labelled = select.columns().get(c) instanceof Labeled<?>;
        return labelled || order.nulls() == SortOrder.Nulls.DEFAULT ? c + 1 : 0;
      }
    }
    return 0;
  }

  private @Nullable Probe column(int index, RenderContext context) {
    if (columnProbes == null) {
      columnProbes = new Probe[select.columns().size()];
      for (int c = 0; c < columnProbes.length; c++) {
        columnProbes[c] = Probe.of(unlabelled(select.columns().get(c)), context);
      }
    }
    return columnProbes[index];
  }

  private static Expression<?> unlabelled(Expression<?> expression) {
    return expression instanceof Labeled<?> labeled ? labeled.expression() : expression;
  }

  /** An expression rendered on its own: its SQL and its parameters; null when it binds nothing. */
  private record Probe(String sql, List<Parameter> parameters) {

    static @Nullable Probe of(Expression<?> expression, RenderContext context) {
      if (expression instanceof ColumnReference<?> || expression instanceof DerivedColumn<?>) {
        return null;
      }
      RenderContext scratch = new RenderContext(context.dialect());
      expression.render(scratch);
      List<Parameter> parameters = scratch.compiled(StatementKind.SELECT, List.of()).parameters();
      return parameters.isEmpty() ? null : new Probe(scratch.sqlSoFar(), parameters);
    }
  }
}
