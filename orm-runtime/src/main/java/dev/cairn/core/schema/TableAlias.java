package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.ColumnReference;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.FromItem;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.TableReference;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table under an alias in a FROM clause ({@code users AS u}), made by {@link Table#as}. Its
 * columns render qualified by the alias ({@code u.name}), so a table can be joined to itself.
 * Immutable; two aliases are equal when they alias the same table under the same name.
 *
 * <p>As a {@link TableReference} its {@link #name()} is the alias, the name the query uses.
 */
public final class TableAlias implements TableReference {

  private final Table table;
  private final String alias;
  private final boolean anonymous;

  TableAlias(Table table, String alias, boolean anonymous) {
    this.table = table;
    this.alias = alias;
    this.anonymous = anonymous;
  }

  /** The aliased table. */
  public Table table() {
    return table;
  }

  /** The alias. */
  public String alias() {
    return alias;
  }

  /**
   * The name columns are qualified by in the statement being rendered: the alias, or for an
   * anonymous alias ({@link Table#anonymousAlias()}) a name unique in that statement.
   */
  public String qualifier(RenderContext context) {
    return anonymous ? context.anonymousName(this, alias) : alias;
  }

  /**
   * {@code condition}, written over the aliased table's own columns, applied to this alias: its
   * columns of the table render qualified by the alias (innermost adaption wins), so a condition
   * built for the table can filter a self-join or a correlated subquery over the alias.
   */
  public Condition adapt(Condition condition) {
    return Sql.adapt(condition, table, this);
  }

  /**
   * {@code expression} over the aliased table's columns applied to this alias, as {@link #adapt}.
   */
  public <T> Expression<T> adapt(Expression<T> expression) {
    return Sql.adapt(expression, table, this);
  }

  /** The alias, the name by which the query refers to this table. */
  @Override
  public String name() {
    return alias;
  }

  /** {@code column} of the aliased table, as seen through the alias ({@code u.name}). */
  public <T> ColumnReference<T> column(Column<T> column) {
    if (column.table() != table) {
      throw new CairnException(
          "Column "
              + column
              + " does not belong to table "
              + table.name()
              + " aliased as "
              + alias
              + "; use a column of "
              + table.name());
    }
    return new AliasColumn<>(this, column);
  }

  /** The column named {@code name}, as seen through the alias. */
  public ColumnReference<?> column(String name) {
    return column(table.column(name));
  }

  /** The column named {@code name}, typed, as seen through the alias (see {@link Table#column}). */
  public <T> ColumnReference<T> column(String name, Class<T> javaType) {
    return column(table.column(name, javaType));
  }

  @Override
  public List<ColumnReference<?>> columnReferences() {
    return through(table.columns());
  }

  @Override
  public List<ColumnReference<?>> primaryKeyReferences() {
    return through(table.primaryKey());
  }

  private List<ColumnReference<?>> through(List<Column<?>> columns) {
    List<ColumnReference<?>> result = new ArrayList<>(columns.size());
    for (Column<?> column : columns) {
      result.add(new AliasColumn<>(this, column));
    }
    return result;
  }

  /**
   * The ON condition along the single foreign key between the aliased table and {@code other}, in
   * either direction, with this side's columns qualified by the alias; null when there is none.
   *
   * @throws CairnException when more than one foreign key joins them
   */
  @Override
  public @Nullable Condition foreignKeyJoinCondition(FromItem other) {
    return JoinInference.condition(this, other);
  }

  @Override
  public void render(RenderContext context) {
    table.render(context);
    context.sql(" AS ").identifier(qualifier(context));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TableAlias other
        && other.table == table
        && other.alias.equals(alias)
        && other.anonymous == anonymous;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(table) * 31 + alias.hashCode();
  }

  @Override
  public String toString() {
    return table.name() + " AS " + alias;
  }
}
