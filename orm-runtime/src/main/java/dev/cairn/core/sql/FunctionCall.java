package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code NAME([DISTINCT] arg, …)}, or {@code NAME(*)} when {@code star}. The name is checked to be
 * a plain (optionally schema-qualified) identifier, never user text.
 */
record FunctionCall<T>(
    String name, SqlType<T> type, List<Expression<?>> arguments, boolean distinct, boolean star)
    implements FunctionExpression<T>, CompositeExpression {

  private static final Pattern NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

  FunctionCall {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Function name '"
              + name
              + "' is not a plain identifier; use letters, digits and _ (schema.name allowed)");
    }
    arguments = List.copyOf(arguments);
  }

  static <T> FunctionCall<T> of(String name, SqlType<T> type, Expression<?>... arguments) {
    return new FunctionCall<>(name, type, List.of(arguments), false, false);
  }

  @Override
  public List<? extends SqlNode> children() {
    return arguments;
  }

  @Override
  public Expression<T> over(Window window) {
    return new Over<>(this, window);
  }

  @Override
  public void render(RenderContext context) {
    context.sql(name).sql('(');
    if (star) {
      context.sql('*');
    } else {
      if (distinct) {
        context.sql("DISTINCT ");
      }
      context.visit(arguments, ", ");
    }
    context.sql(')');
  }
}
