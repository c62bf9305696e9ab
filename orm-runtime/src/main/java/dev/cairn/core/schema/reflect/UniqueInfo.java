package dev.cairn.core.schema.reflect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A UNIQUE constraint as the database describes it. On MySQL and MariaDB a unique index is one.
 *
 * @param name the constraint's name, or null where the database keeps none (SQLite, unnamed)
 * @param columns the columns whose combined values are unique
 */
public record UniqueInfo(@Nullable String name, List<String> columns) {

  /** Copies the column list. */
  public UniqueInfo {
    columns = List.copyOf(columns);
  }
}
