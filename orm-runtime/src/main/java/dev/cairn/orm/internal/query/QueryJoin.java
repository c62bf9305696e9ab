package dev.cairn.orm.internal.query;

import dev.cairn.core.schema.TableAlias;
import dev.cairn.orm.JoinedEntity;
import dev.cairn.orm.internal.loading.Link;
import org.jspecify.annotations.Nullable;

/**
 * One relationship a query joins ({@code Query.join}): from its owner — the queried entity, or the
 * {@code parent} join — along {@code link} to the target's table under {@code table}.
 *
 * @param name what criteria call it: the alias given, else the relationship path
 * @param path the relationship path from the queried entity ({@code "orders.items"})
 * @param link the relationship resolved to columns
 * @param parent the join this one starts from, or null when it starts from the queried entity
 * @param table the target's table under the join's SQL alias
 * @param linkTable the association table's alias for a many-to-many, else null
 * @param outer whether it is a LEFT OUTER JOIN
 */
record QueryJoin(
    String name,
    String path,
    Link link,
    @Nullable QueryJoin parent,
    TableAlias table,
    @Nullable TableAlias linkTable,
    boolean outer) {

  /** Whether a row of the queried entity may appear several times through this join. */
  boolean multiplies() {
    return link.toMany() || (parent != null && parent.multiplies());
  }

  /** This join as criteria see it. */
  JoinedEntity entity() {
    return new JoinedEntity(name, link.target(), table);
  }
}
