package dev.cairn.core.sql;

import org.jspecify.annotations.Nullable;

/**
 * The query-side differences between databases, one small hook or capability per difference. {@link
 * StandardQuerySyntax} renders standard SQL; dialects override what they do differently.
 */
public interface QuerySyntax {

  /** Renders the LIMIT/OFFSET clause (with a leading space), or nothing when both are null. */
  void renderLimitOffset(
      RenderContext context, @Nullable Expression<?> limit, @Nullable Expression<?> offset);
}
