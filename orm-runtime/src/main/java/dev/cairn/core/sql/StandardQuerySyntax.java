package dev.cairn.core.sql;

import org.jspecify.annotations.Nullable;

/** Standard SQL query syntax; dialects extend this and override what differs. */
public class StandardQuerySyntax implements QuerySyntax {

  /** Creates the standard syntax. */
  public StandardQuerySyntax() {}

  @Override
  public void renderLimitOffset(
      RenderContext context, @Nullable Expression<?> limit, @Nullable Expression<?> offset) {
    if (limit != null) {
      context.sql(" LIMIT ").visit(limit);
    }
    if (offset != null) {
      context.sql(" OFFSET ").visit(offset);
    }
  }
}
