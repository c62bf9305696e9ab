package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.TypeKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * A number, boolean or string written into the SQL text as a literal ({@link Sql#inline}), escaped
 * by the dialect's type rules: quotes doubled, backslashes doubled on MySQL/MariaDB, PostgreSQL's
 * {@code E'…'} form where a backslash occurs. Strings with control characters or unpaired
 * surrogates are refused when the literal is made, so nothing reaches the SQL text that an escape
 * could miss. Negative numbers are parenthesised, so {@code x - -1} can never read as a comment.
 */
record InlineLiteral<T>(SqlType<T> type, T value) implements Expression<T> {

  private static final Set<TypeKind> KINDS =
      EnumSet.of(
          TypeKind.SMALLINT,
          TypeKind.INTEGER,
          TypeKind.BIGINT,
          TypeKind.NUMERIC,
          TypeKind.REAL,
          TypeKind.DOUBLE,
          TypeKind.BOOLEAN,
          TypeKind.VARCHAR,
          TypeKind.TEXT);

  InlineLiteral {
    if (!KINDS.contains(type.kind())) {
      throw new CairnException(
          "Sql.inline writes numbers, booleans and strings only, not "
              + type
              + "; bind the value with Sql.value(type, value)");
    }
    if (value == null) {
      throw new CairnException(
          "Sql.inline needs a value, not null; write a NULL with Sql.value(type, null)");
    }
    value = type.checkValue(value);
    if (value instanceof String text) {
      checkText(text);
    } else if (value instanceof Double || value instanceof Float) {
      if (!Double.isFinite(((Number) value).doubleValue())) {
        throw new CairnException(
            "Sql.inline takes finite numbers, not " + value + "; bind it with Sql.value");
      }
    }
  }

  private static void checkText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        throw new CairnException(
            "Sql.inline refuses the control character U+"
                + String.format("%04X", (int) c)
                + " at index "
                + i
                + " of a string; bind such text with Sql.value(SqlTypes.TEXT, text)");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new CairnException(
            "Sql.inline refuses the unpaired surrogate at index "
                + i
                + " of a string; bind such text with Sql.value(SqlTypes.TEXT, text)");
      }
    }
  }

  @Override
  public void render(RenderContext context) {
    String literal = context.dialect().types().literal(type, value);
    if (literal.startsWith("-")) {
      context.sql('(').sql(literal).sql(')');
    } else {
      context.sql(literal);
    }
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
