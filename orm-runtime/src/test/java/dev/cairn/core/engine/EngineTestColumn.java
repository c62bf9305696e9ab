package dev.cairn.core.engine;

import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.type.SqlType;

/** A bare column reference for engine tests, standing in for schema columns. */
record EngineTestColumn<T>(String name, SqlType<T> type) implements Expression<T> {

  @Override
  public void render(RenderContext context) {
    context.identifier(name);
  }
}
