package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import org.jspecify.annotations.Nullable;

/** The WHERE clause of an UPDATE or DELETE and the guard against forgetting it. */
final class Where {

  private Where() {}

  static Condition and(@Nullable Condition existing, Condition condition) {
    return existing == null ? condition : existing.and(condition);
  }

  /** Renders {@code " WHERE …"}, or fails if there is no condition and {@code all} is false. */
  static void render(
      RenderContext context,
      String statement,
      TableReference table,
      @Nullable Condition where,
      boolean all) {
    if (where != null) {
      context.sql(" WHERE ").visit(where);
    } else if (!all) {
      throw new CairnException(
          statement
              + " "
              + table.name()
              + " has no WHERE clause; add .where(…) or call .all() to affect every row");
    }
  }
}
