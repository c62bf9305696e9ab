package dev.cairn.core.schema;

import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.SqlNode;

/** SQL text given by the user for a CHECK constraint, written as is. */
record RawSql(String sql) implements SqlNode {

  @Override
  public void render(RenderContext context) {
    context.sql(sql);
  }
}
