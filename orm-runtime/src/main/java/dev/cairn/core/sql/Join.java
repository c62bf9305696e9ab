package dev.cairn.core.sql;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code left JOIN right ON condition}; a FROM item itself, so joins chain to the left. */
record Join(FromItem left, FromItem right, JoinType type, @Nullable Condition on)
    implements FromItem {

  /** The tables, aliases and subqueries joined, left to right. */
  List<FromItem> leaves() {
    List<FromItem> leaves = new ArrayList<>();
    addLeaves(left, leaves);
    addLeaves(right, leaves);
    return leaves;
  }

  private static void addLeaves(FromItem item, List<FromItem> leaves) {
    if (item instanceof Join join) {
      leaves.addAll(join.leaves());
    } else {
      leaves.add(item);
    }
  }

  @Override
  public List<? extends Expression<?>> exportedColumns() {
    List<Expression<?>> all = new ArrayList<>(left.exportedColumns());
    all.addAll(right.exportedColumns());
    return all;
  }

  @Override
  public void render(RenderContext context) {
    if (!context.dialect().query().supportsJoin(type)) {
      throw StandardQuerySyntax.unsupported(context, type.keyword(), hint());
    }
    context.visit(left).sql(' ').sql(type.keyword()).sql(' ');
    if (right instanceof Join) {
      context.sql('(').visit(right).sql(')');
    } else {
      context.visit(right);
    }
    if (on != null) {
      context.sql(" ON ").visit(on);
    }
  }

  private String hint() {
    return switch (type) {
      case FULL -> "rewrite as a UNION of a LEFT and a RIGHT OUTER JOIN";
      case RIGHT -> "swap the two sides and use a LEFT OUTER JOIN";
      default -> "use another kind of join";
    };
  }
}
