package dev.cairn.orm.internal.loading;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.TableAlias;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Select;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Joins along a {@link Link}: from the owner's table (or an alias of it) to an alias of the
 * target's, through an alias of the association table for a many-to-many. Used by joined loading
 * and by a query's own joins.
 */
public final class LinkJoins {

  private LinkJoins() {}

  /**
   * {@code select} joined along {@code link} to {@code target} — a LEFT OUTER JOIN when {@code
   * outer} — from {@code owner} (null: the owner's own table), through {@code linkAlias} (an alias
   * of the association table) for a many-to-many.
   */
  public static Select join(
      Select select,
      Link link,
      @Nullable TableAlias owner,
      TableAlias target,
      @Nullable TableAlias linkAlias,
      boolean outer) {
    List<Expression<?>> ownerColumns =
        owner == null ? List.copyOf(link.ownerColumns()) : aliased(owner, link.ownerColumns());
    if (link.linkTable() == null || linkAlias == null) {
      return add(
          select, target, Keys.equal(aliased(target, link.targetColumns()), ownerColumns), outer);
    }
    Select through =
        add(
            select,
            linkAlias,
            Keys.equal(aliased(linkAlias, link.linkOwnerColumns()), ownerColumns),
            outer);
    return add(
        through,
        target,
        Keys.equal(
            aliased(target, link.targetColumns()), aliased(linkAlias, link.linkTargetColumns())),
        outer);
  }

  private static Select add(
      Select select, TableAlias table, dev.cairn.core.sql.Condition on, boolean outer) {
    return outer ? select.leftJoin(table, on) : select.join(table, on);
  }

  /** {@code columns} seen through {@code alias}. */
  static List<Expression<?>> aliased(TableAlias alias, List<Column<?>> columns) {
    List<Expression<?>> result = new ArrayList<>(columns.size());
    for (Column<?> column : columns) {
      result.add(alias.column(column));
    }
    return result;
  }
}
