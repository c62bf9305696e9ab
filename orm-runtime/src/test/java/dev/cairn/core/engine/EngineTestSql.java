package dev.cairn.core.engine;

import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.ReturningMode;
import dev.cairn.core.sql.Statement;
import dev.cairn.core.sql.StatementKind;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A text statement for engine tests: {@code ?} binds the next positional value, {@code :name} a
 * named parameter; result expressions and a returning mode can be declared.
 */
record EngineTestSql(
    String sql,
    List<@Nullable Object> values,
    List<Expression<?>> columns,
    StatementKind kind,
    ReturningMode returning,
    List<String> keyColumns)
    implements Statement {

  static EngineTestSql of(String sql, @Nullable Object... values) {
    String first = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    StatementKind kind =
        switch (first) {
          case "SELECT", "WITH" -> StatementKind.SELECT;
          case "INSERT" -> StatementKind.INSERT;
          case "UPDATE" -> StatementKind.UPDATE;
          case "DELETE" -> StatementKind.DELETE;
          case "CREATE", "DROP", "ALTER" -> StatementKind.DDL;
          default -> StatementKind.OTHER;
        };
    return new EngineTestSql(
        sql,
        Collections.unmodifiableList(Arrays.asList(values)),
        List.of(),
        kind,
        ReturningMode.NONE,
        List.of());
  }

  EngineTestSql columns(Expression<?>... expressions) {
    return new EngineTestSql(sql, values, List.of(expressions), kind, returning, keyColumns);
  }

  EngineTestSql generatedKeys(String... names) {
    return new EngineTestSql(
        sql, values, columns, kind, ReturningMode.GENERATED_KEYS, List.of(names));
  }

  EngineTestSql nativeReturning() {
    return new EngineTestSql(sql, values, columns, kind, ReturningMode.NATIVE, keyColumns);
  }

  @Override
  public List<Expression<?>> resultColumns() {
    return columns;
  }

  @Override
  public void render(RenderContext context) {
    int next = 0;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '?') {
        context.bind(SqlTypes.OBJECT, values.get(next++));
        i++;
      } else if (c == ':' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1))) {
        int end = i + 1;
        while (end < sql.length() && Character.isLetterOrDigit(sql.charAt(end))) {
          end++;
        }
        context.bindNamed(sql.substring(i + 1, end), SqlTypes.OBJECT);
        i = end;
      } else {
        context.sql(c);
        i++;
      }
    }
    context.returning(returning, keyColumns);
  }
}
