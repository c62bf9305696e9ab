package dev.cairn.core.sql;

/**
 * An immutable, executable SQL statement. Statements know no dialect: {@link #compile} turns one
 * into SQL text and an ordered list of parameters for a given dialect, and {@link #toSql} prints
 * it. Equal statements compile to equal SQL, so compiled forms can be cached by statement.
 */
public interface Statement extends SqlNode {

  /** What this statement does. */
  StatementKind kind();

  /** Compiles this statement for {@code dialect}. */
  default CompiledStatement compile(SqlDialect dialect) {
    RenderContext context = new RenderContext(dialect);
    render(context);
    return context.compiled(kind(), resultColumns());
  }

  /** The SQL text of this statement in {@code dialect}, with {@code ?} for every bound value. */
  default String toSql(SqlDialect dialect) {
    return compile(dialect).sql();
  }

  /** The expressions of the result rows (select list or RETURNING), in order; empty if none. */
  default java.util.List<Expression<?>> resultColumns() {
    return java.util.List.of();
  }
}
