package dev.cairn.core.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Something a SELECT can read from: a table, a table alias, a subquery, a CTE or a join. */
public interface FromItem extends SqlNode {

  /**
   * The condition that joins this item to {@code other} along a foreign key between them, or null
   * when there is none (or more than one, which the caller reports as ambiguous).
   */
  default @Nullable Condition foreignKeyJoinCondition(FromItem other) {
    return null;
  }

  /**
   * The columns this item offers to {@code SELECT *}-style listing ({@code Sql.selectFrom}), in
   * order; empty when the item cannot list them.
   */
  default List<? extends Expression<?>> exportedColumns() {
    return List.of();
  }
}
