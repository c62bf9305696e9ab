package dev.cairn.core.schema.reflect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table's primary key as the database describes it.
 *
 * @param name the constraint's name, or null where the database keeps none (SQLite, MySQL)
 * @param columns the key's columns in key order
 */
public record PrimaryKeyInfo(@Nullable String name, List<String> columns) {

  /** Copies the column list. */
  public PrimaryKeyInfo {
    columns = List.copyOf(columns);
  }
}
