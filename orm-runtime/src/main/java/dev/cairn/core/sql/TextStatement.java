package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The immutable text statement behind {@link TextSql}. */
record TextStatement(
    String text,
    TextSqlParser.Parsed parsed,
    Map<String, Expression<?>> bindings,
    List<Expression<?>> columns,
    StatementKind kind)
    implements TextSql {

  TextStatement {
    bindings = Map.copyOf(bindings);
    columns = List.copyOf(columns);
  }

  static TextStatement of(String sql) {
    return new TextStatement(
        sql, TextSqlParser.parse(sql), Map.of(), List.of(), TextSqlParser.guessKind(sql));
  }

  @Override
  public List<String> parameterNames() {
    return List.copyOf(new LinkedHashSet<>(parsed.names()));
  }

  @Override
  public TextSql bind(String name, @Nullable Object value) {
    if (value instanceof Expression<?> expression) {
      return bindExpression(name, expression);
    }
    return bindExpression(name, TextBindTypes.bound(value));
  }

  @Override
  public <T> TextSql bind(String name, SqlType<T> type, @Nullable T value) {
    return bindExpression(name, Sql.value(type, value));
  }

  @Override
  public TextSql bind(String name, @Nullable Expression<?> expression) {
    return bindExpression(name, expression == null ? TextBindTypes.bound(null) : expression);
  }

  private TextSql bindExpression(String name, Expression<?> expression) {
    if (!parsed.names().contains(name)) {
      throw new CairnException(
          "Text SQL has no placeholder :"
              + name
              + "; its placeholders are "
              + parameterNames()
              + " in: "
              + text);
    }
    Map<String, Expression<?>> copy = new HashMap<>(bindings);
    copy.put(name, expression);
    return new TextStatement(text, parsed, copy, columns, kind);
  }

  @Override
  public TextSql columns(Expression<?>... resultColumns) {
    return new TextStatement(text, parsed, bindings, List.of(resultColumns), kind);
  }

  @Override
  public TextSql kind(StatementKind newKind) {
    return new TextStatement(text, parsed, bindings, columns, newKind);
  }

  @Override
  public List<Expression<?>> resultColumns() {
    return columns;
  }

  @Override
  public void render(RenderContext context) {
    List<String> chunks = parsed.chunks();
    List<String> names = parsed.names();
    context.sql(chunks.get(0));
    for (int i = 0; i < names.size(); i++) {
      Expression<?> value = bindings.get(names.get(i));
      if (value == null) {
        throw new CairnException(
            "Text SQL placeholder :"
                + names.get(i)
                + " has no value; call bind(\""
                + names.get(i)
                + "\", value) before executing: "
                + text);
      }
      context.visit(value).sql(chunks.get(i + 1));
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
