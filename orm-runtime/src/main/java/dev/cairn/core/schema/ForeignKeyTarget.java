package dev.cairn.core.schema;

/**
 * Where a column-level foreign key ({@link Column#references}) points, and what it does on delete
 * and update of the referenced row.
 *
 * @param column the referenced column
 * @param onDelete the action when the referenced row is deleted
 * @param onUpdate the action when the referenced key is updated
 */
public record ForeignKeyTarget(
    Column<?> column, ReferentialAction onDelete, ReferentialAction onUpdate) {}
