package dev.cairn.core.schema;

import dev.cairn.core.sql.ColumnReference;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.type.SqlType;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A column seen through a {@link TableAlias}: renders {@code alias.column}. */
record AliasColumn<T>(TableAlias alias, Column<T> column) implements ColumnReference<T> {

  @Override
  public String name() {
    return column.name();
  }

  @Override
  public TableAlias tableReference() {
    return alias;
  }

  @Override
  public SqlType<T> type() {
    return column.type();
  }

  @Override
  public boolean generatedOnInsert() {
    return column.generatedOnInsert();
  }

  /** The aliased column's client-side default, or null. */
  public @Nullable Supplier<? extends T> clientDefault() {
    return column.clientDefault();
  }

  /**
   * Renders {@code alias.column}, or the bare column name where qualifiers are off (the ORDER BY of
   * a UNION, the SET list of an UPDATE), as {@link Column} does.
   */
  @Override
  public void render(RenderContext context) {
    if (context.qualifyColumns()) {
      context.qualified(alias.qualifier(context), column.name());
    } else {
      context.identifier(column.name());
    }
  }

  @Override
  public String toString() {
    return alias.alias() + "." + column.name();
  }
}
