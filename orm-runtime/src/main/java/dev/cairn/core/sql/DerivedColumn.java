package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;

/** A column of a derived table or CTE: {@code qualifier.name}. */
record DerivedColumn<T>(FromItem source, String qualifier, String name, SqlType<T> type)
    implements Expression<T> {

  @Override
  public void render(RenderContext context) {
    if (context.qualifyColumns()) {
      context.qualified(qualifier, name);
    } else {
      context.identifier(name);
    }
  }

  @Override
  public String toString() {
    return qualifier + "." + name;
  }
}
