package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders a RETURNING list natively, or emulates an INSERT's through JDBC generated keys, or
 * explains why neither is possible.
 */
final class Returning {

  private Returning() {}

  /**
   * Renders {@code returning} for a statement {@code what} (e.g. "UPDATE") on {@code table}.
   *
   * @param supported whether the dialect has native RETURNING for this statement
   * @param generatedKeys whether generated keys may stand in (plain INSERT only)
   */
  static void render(
      RenderContext context,
      String what,
      TableReference table,
      List<Expression<?>> returning,
      boolean supported,
      boolean generatedKeys) {
    if (returning.isEmpty()) {
      return;
    }
    if (supported) {
      context.returning(ReturningMode.NATIVE, List.of());
      context.dialect().dml().renderReturning(context, returning);
      return;
    }
    @Nullable List<String> keyColumns = generatedKeys ? generatedKeyColumns(returning) : null;
    if (keyColumns != null) {
      context.returning(ReturningMode.GENERATED_KEYS, keyColumns);
      return;
    }
    String advice =
        generatedKeys
            ? "return only columns the database generates on insert (read through JDBC generated"
                + " keys), or select the inserted rows afterwards in the same transaction"
            : "remove returning(...) and select the affected rows in the same transaction";
    throw new CairnException(
        what
            + " "
            + table.name()
            + " … RETURNING "
            + describe(returning)
            + " is not supported by "
            + context.dialect().name()
            + "; "
            + advice);
  }

  private static @Nullable List<String> generatedKeyColumns(List<Expression<?>> returning) {
    List<String> names = new ArrayList<>(returning.size());
    for (Expression<?> expression : returning) {
      if (!(expression instanceof ColumnReference<?> column) || !column.generatedOnInsert()) {
        return null;
      }
      names.add(column.name());
    }
    return names;
  }

  private static String describe(List<Expression<?>> returning) {
    List<String> parts = new ArrayList<>(returning.size());
    for (Expression<?> expression : returning) {
      parts.add(
          expression instanceof ColumnReference<?> column
              ? column.name()
              : expression.getClass().getSimpleName());
    }
    return String.join(", ", parts);
  }
}
