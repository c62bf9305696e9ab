package dev.cairn.core.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Infers a FROM clause from a select list, as SQLAlchemy does: the tables, aliases, subqueries and
 * CTEs whose columns appear in it, in order of first appearance. Scalar subqueries keep their own
 * FROM, so correlated columns inside them do not leak out.
 */
final class FromInference {

  private FromInference() {}

  /** The FROM items the {@code columns} read, without {@code exclude} (a join target). */
  static List<FromItem> infer(List<? extends SqlNode> columns, @Nullable FromItem exclude) {
    Set<FromItem> found = new LinkedHashSet<>();
    for (SqlNode column : columns) {
      collect(column, found);
    }
    if (exclude != null) {
      found.remove(exclude);
    }
    return new ArrayList<>(found);
  }

  private static void collect(SqlNode node, Set<FromItem> found) {
    if (node instanceof ColumnReference<?> column) {
      found.add(column.fromItem());
    } else if (node instanceof DerivedColumn<?> column) {
      found.add(column.source());
    } else if (node instanceof SortOrder order) {
      collect(order.expression(), found);
    } else if (node instanceof Labeled<?> labeled) {
      collect(labeled.expression(), found);
    } else if (node instanceof CompositeExpression composite) {
      for (SqlNode child : composite.children()) {
        collect(child, found);
      }
    }
  }
}
