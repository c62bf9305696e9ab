package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The mutable state of one compilation: the SQL text so far and the parameters in order. Nodes
 * write themselves into it; dialect hooks receive it. Not thread-safe; one per compilation.
 */
public final class RenderContext {

  private final SqlDialect dialect;
  private final StringBuilder sql = new StringBuilder(128);
  private final List<Parameter> parameters = new ArrayList<>();
  private boolean inlineLiterals;
  private boolean qualifyColumns = true;
  private ReturningMode returning = ReturningMode.NONE;
  private List<String> generatedKeyColumns = List.of();
  private @Nullable Map<TableReference, TableReference> adapted;
  private @Nullable Map<Object, String> anonymous;

  /** Starts an empty compilation for {@code dialect}. */
  public RenderContext(SqlDialect dialect) {
    this.dialect = dialect;
  }

  /** The dialect compiled for. */
  public SqlDialect dialect() {
    return dialect;
  }

  /** Appends SQL text as is (keywords, operators, punctuation; never values). */
  public RenderContext sql(String text) {
    sql.append(text);
    return this;
  }

  /** Appends one character of SQL text. */
  public RenderContext sql(char c) {
    sql.append(c);
    return this;
  }

  /** Appends an identifier, quoted by the dialect where it needs quoting. */
  public RenderContext identifier(String name) {
    sql.append(dialect.quoteIdentifier(name));
    return this;
  }

  /**
   * While {@code node} renders, columns of {@code table} render qualified by {@code alias} instead
   * (SQLAlchemy's clause adaption): a condition written over a table's columns applies to an alias
   * of it. The innermost adaption of a table wins.
   */
  public RenderContext adapted(TableReference table, TableReference alias, SqlNode node) {
    if (adapted == null) {
      adapted = new IdentityHashMap<>();
    }
    TableReference previous = adapted.put(table, alias);
    node.render(this);
    if (previous == null) {
      adapted.remove(table);
    } else {
      adapted.put(table, previous);
    }
    return this;
  }

  /** The alias columns of {@code table} render through at this point, or null. */
  public @Nullable TableReference adaptedTo(TableReference table) {
    return adapted == null ? null : adapted.get(table);
  }

  /**
   * The name of the anonymous alias {@code node} in this statement: {@code base_1}, {@code base_2}
   * … in the order the aliases are first rendered.
   */
  public String anonymousName(Object node, String base) {
    if (anonymous == null) {
      anonymous = new IdentityHashMap<>();
    }
    String name = anonymous.get(node);
    if (name == null) {
      name = base + "_" + (anonymous.size() + 1);
      anonymous.put(node, name);
    }
    return name;
  }

  /** Appends {@code qualifier.name}, each part quoted where needed. */
  public RenderContext qualified(String qualifier, String name) {
    return identifier(qualifier).sql('.').identifier(name);
  }

  /**
   * Appends a value: a {@code ?} with a bound parameter, or an inline literal while {@link
   * #inlineLiterals()} is on (DDL defaults and check constraints, which cannot take parameters).
   */
  public <T> RenderContext bind(SqlType<T> type, @Nullable T value) {
    if (inlineLiterals) {
      sql.append(value == null ? "NULL" : dialect.types().literal(type, value));
    } else {
      sql.append('?');
      parameters.add(new Parameter(null, type, value));
    }
    return this;
  }

  /**
   * Appends a {@code ?} whose value {@code supplier} produces each time the statement is executed
   * (per execution, and per row of a batch), e.g. a column's client-side default; while {@link
   * #inlineLiterals()} is on, the supplier is asked once and its value written as a literal.
   */
  public <T> RenderContext bindSupplied(SqlType<T> type, Supplier<? extends T> supplier) {
    if (inlineLiterals) {
      return bind(type, supplier.get());
    }
    sql.append('?');
    parameters.add(Parameter.supplied(type, supplier));
    return this;
  }

  /** Appends a {@code ?} whose value is supplied by name at execution. */
  public RenderContext bindNamed(String name, SqlType<?> type) {
    if (inlineLiterals) {
      throw new IllegalStateException(
          "Named parameter :" + name + " cannot be used where SQL needs literals (DDL)");
    }
    sql.append('?');
    parameters.add(new Parameter(name, type, null));
    return this;
  }

  /** Renders {@code node} here. */
  public RenderContext visit(SqlNode node) {
    node.render(this);
    return this;
  }

  /** Renders {@code nodes} separated by {@code separator}. */
  public RenderContext visit(List<? extends SqlNode> nodes, String separator) {
    for (int i = 0; i < nodes.size(); i++) {
      if (i > 0) {
        sql.append(separator);
      }
      nodes.get(i).render(this);
    }
    return this;
  }

  /** Whether values are written as literals rather than bound (DDL). */
  public boolean inlineLiterals() {
    return inlineLiterals;
  }

  /** Turns literal inlining on or off; returns the previous setting. */
  public boolean inlineLiterals(boolean on) {
    boolean previous = inlineLiterals;
    inlineLiterals = on;
    return previous;
  }

  /** Whether columns are written with their table qualifier ({@code users.id}). */
  public boolean qualifyColumns() {
    return qualifyColumns;
  }

  /** Turns column qualification on or off; returns the previous setting. */
  public boolean qualifyColumns(boolean on) {
    boolean previous = qualifyColumns;
    qualifyColumns = on;
    return previous;
  }

  /** Records how the rows of a RETURNING clause are to be obtained. */
  public RenderContext returning(ReturningMode mode, List<String> generatedKeyColumns) {
    this.returning = mode;
    this.generatedKeyColumns = List.copyOf(generatedKeyColumns);
    return this;
  }

  /** The SQL written so far. */
  public String sqlSoFar() {
    return sql.toString();
  }

  /** Finishes the compilation. */
  public CompiledStatement compiled(StatementKind kind, List<Expression<?>> resultColumns) {
    return new CompiledStatement(
        sql.toString(), kind, parameters, resultColumns, returning, generatedKeyColumns);
  }
}
