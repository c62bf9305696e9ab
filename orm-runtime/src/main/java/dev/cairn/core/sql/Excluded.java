package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;

/**
 * The value an upsert tried to insert into {@code column}, usable in its update part; the dialect
 * writes it ({@code EXCLUDED.c}, {@code VALUES(c)}, …).
 */
record Excluded<T>(ColumnReference<T> column) implements Expression<T> {

  @Override
  public SqlType<T> type() {
    return column.type();
  }

  @Override
  public void render(RenderContext context) {
    context.dialect().dml().renderExcluded(context, column);
  }
}
