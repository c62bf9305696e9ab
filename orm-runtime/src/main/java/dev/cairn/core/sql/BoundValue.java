package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import org.jspecify.annotations.Nullable;

/** A value bound as a parameter ({@code ?}). */
record BoundValue<T>(SqlType<T> type, @Nullable T value) implements Expression<T> {

  @Override
  public void render(RenderContext context) {
    context.bind(type, value);
  }
}
