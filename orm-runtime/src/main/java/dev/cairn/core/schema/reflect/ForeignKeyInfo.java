package dev.cairn.core.schema.reflect;

import dev.cairn.core.schema.ReferentialAction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A foreign key as the database describes it.
 *
 * @param name the constraint's name, or null where the database keeps none (SQLite, unnamed)
 * @param columns the referencing columns
 * @param targetTable the referenced table
 * @param targetColumns the referenced columns, one per referencing column
 * @param onDelete what deleting a referenced row does
 * @param onUpdate what updating a referenced key does
 */
public record ForeignKeyInfo(
    @Nullable String name,
    List<String> columns,
    String targetTable,
    List<String> targetColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate) {

  /** Copies the column lists. */
  public ForeignKeyInfo {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
  }
}
