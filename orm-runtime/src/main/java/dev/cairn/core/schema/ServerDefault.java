package dev.cairn.core.schema;

import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.SqlNode;
import dev.cairn.core.sql.type.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * A column default the database applies ({@code DEFAULT ...} in DDL): either SQL text such as
 * {@code CURRENT_TIMESTAMP}, or a value written as a literal of the column's type.
 */
public final class ServerDefault implements SqlNode {

  private final @Nullable String expression;
  private final @Nullable SqlType<?> type;
  private final @Nullable Object value;

  private ServerDefault(
      @Nullable String expression, @Nullable SqlType<?> type, @Nullable Object value) {
    this.expression = expression;
    this.type = type;
    this.value = value;
  }

  /** A default given as SQL text, written into DDL as is. */
  public static ServerDefault expression(String sql) {
    return new ServerDefault(
        Identifiers.requireValid(sql, "server default expression"), null, null);
  }

  /** A default given as a value, written as a literal of {@code type}. */
  public static <T> ServerDefault literal(SqlType<T> type, T value) {
    return new ServerDefault(null, type, value);
  }

  /** Whether this default is SQL text rather than a value. */
  public boolean isExpression() {
    return expression != null;
  }

  /** The SQL text of an expression default, or null for a value default. */
  public @Nullable String expressionSql() {
    return expression;
  }

  /** The value of a value default, or null for an expression default. */
  public @Nullable Object value() {
    return value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void render(RenderContext context) {
    if (expression != null) {
      context.sql(expression);
    } else {
      boolean previous = context.inlineLiterals(true);
      context.bind((SqlType<Object>) type, value);
      context.inlineLiterals(previous);
    }
  }

  /** Equal when both are the same SQL text, or the same value of the same type. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ServerDefault other
        && java.util.Objects.equals(expression, other.expression)
        && java.util.Objects.equals(type, other.type)
        && java.util.Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(expression, type, value);
  }

  @Override
  public String toString() {
    return expression != null ? expression : String.valueOf(value);
  }
}
