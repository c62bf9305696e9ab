package dev.cairn.orm.internal.loading;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.TableAlias;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.SortOrder;
import dev.cairn.orm.mapping.ElementOrder;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ORDER BY of a collection's elements: its {@code @OrderBy} items, then the element's key
 * columns not among them (so that equal values still come in one order on every database).
 */
final class ElementOrdering {

  private ElementOrdering() {}

  /**
   * The sort items of {@code relationship}'s {@code @OrderBy} over the target's table (or {@code
   * alias} of it), followed by the key; empty when the relationship declares no order.
   */
  static SortOrder[] of(RelationshipModel relationship, @Nullable TableAlias alias) {
    List<ElementOrder> declared = relationship.order();
    if (declared.isEmpty()) {
      return new SortOrder[0];
    }
    List<SortOrder> orders = new ArrayList<>(declared.size() + 1);
    List<Column<?>> sorted = new ArrayList<>();
    for (ElementOrder item : declared) {
      Column<?> column = item.property().column();
      sorted.add(column);
      Expression<?> expression = alias == null ? column : alias.column(column);
      orders.add(item.descending() ? expression.desc() : expression.asc());
    }
    for (PropertyModel id : relationship.target().idProperties()) {
      if (!sorted.contains(id.column())) {
        orders.add(alias == null ? id.column().asc() : alias.column(id.column()).asc());
      }
    }
    return orders.toArray(SortOrder[]::new);
  }

  /** The key columns of {@code model}, the order of collections without {@code @OrderBy}. */
  static Expression<?>[] keys(EntityModel<?> model) {
    Expression<?>[] keys = new Expression<?>[model.idProperties().size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = model.idProperties().get(i).column();
    }
    return keys;
  }
}
