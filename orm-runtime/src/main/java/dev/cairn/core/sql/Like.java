package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * {@code x [NOT] LIKE ? [ESCAPE ?]}, or its case-insensitive form: native {@code ILIKE} where the
 * dialect has it, else {@code LOWER(x) LIKE LOWER(?)}. Pattern and escape character are bound.
 */
record Like(
    Expression<?> operand,
    Expression<String> pattern,
    @Nullable Expression<String> escape,
    boolean negated,
    boolean caseInsensitive)
    implements Condition {

  /** The escape character the {@code startsWith/endsWith/contains} helpers use. */
  static final char HELPER_ESCAPE = '!';

  static Like of(Expression<?> operand, String pattern, @Nullable Character escape, boolean not) {
    return new Like(
        operand,
        Sql.value(SqlTypes.TEXT, pattern),
        escape == null ? null : Sql.value(SqlTypes.TEXT, String.valueOf(escape)),
        not,
        false);
  }

  static Like caseInsensitive(Expression<?> operand, String pattern, boolean not) {
    return new Like(operand, Sql.value(SqlTypes.TEXT, pattern), null, not, true);
  }

  /** {@code operand LIKE 'prefix + value + suffix'} with {@code %}, {@code _} in value escaped. */
  static Like escaped(Expression<?> operand, String prefix, String value, String suffix) {
    return of(operand, prefix + escapeWildcards(value) + suffix, HELPER_ESCAPE, false);
  }

  /** {@code value} with {@code %}, {@code _} and the escape character preceded by it. */
  static String escapeWildcards(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 4);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' || c == '_' || c == HELPER_ESCAPE) {
        escaped.append(HELPER_ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  @Override
  public void render(RenderContext context) {
    String not = negated ? " NOT" : "";
    if (!caseInsensitive) {
      Operators.renderOperand(context, operand);
      context.sql(not).sql(" LIKE ").visit(pattern);
    } else if (context.dialect().query().supportsIlike()) {
      Operators.renderOperand(context, operand);
      context.sql(not).sql(" ILIKE ").visit(pattern);
    } else {
      context.sql("LOWER(").visit(operand).sql(')').sql(not).sql(" LIKE LOWER(");
      context.visit(pattern).sql(')');
    }
    if (escape != null) {
      context.sql(" ESCAPE ").visit(escape);
    }
  }
}
