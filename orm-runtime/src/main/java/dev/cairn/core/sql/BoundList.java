package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.List;

/**
 * A collection bound to one text SQL placeholder, expanded to one parameter per element ({@code
 * :ids} in {@code IN (:ids)} becomes {@code ?, ?, ?}); an empty collection renders {@code NULL}, so
 * {@code IN (:ids)} matches no row.
 */
record BoundList(List<Expression<?>> elements) implements Expression<Object> {

  BoundList {
    elements = List.copyOf(elements);
  }

  @Override
  public SqlType<Object> type() {
    return SqlTypes.OBJECT;
  }

  @Override
  public void render(RenderContext context) {
    if (elements.isEmpty()) {
      context.sql("NULL");
      return;
    }
    context.visit(elements, ", ");
  }
}
