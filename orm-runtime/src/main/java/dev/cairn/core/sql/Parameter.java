package dev.cairn.core.sql;

import dev.cairn.core.sql.type.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * One {@code ?} of a compiled statement: either a value fixed when the statement was built, or a
 * named placeholder ({@link Sql#param}) whose value is supplied at execution.
 *
 * @param name the placeholder's name, or null for a fixed value
 * @param type how the value is bound
 * @param value the fixed value (null for SQL NULL or for a named placeholder)
 */
public record Parameter(@Nullable String name, SqlType<?> type, @Nullable Object value) {

  /** Whether this parameter's value is supplied at execution by name. */
  public boolean isNamed() {
    return name != null;
  }
}
