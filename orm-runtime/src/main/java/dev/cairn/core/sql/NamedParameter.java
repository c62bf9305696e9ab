package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;

/** A placeholder whose value is supplied by name when the statement is executed. */
record NamedParameter<T>(String name, SqlType<T> type) implements Expression<T> {

  @Override
  public void render(RenderContext context) {
    context.bindNamed(name, type);
  }
}
