package dev.cairn.core.schema;

import java.util.List;

/**
 * A foreign key from columns of one table to columns of another (or the same) table.
 *
 * @param name the constraint's name ({@code fk_<table>_<columns>_<target>} unless given)
 * @param table the referencing table
 * @param columns the referencing columns
 * @param target the referenced table
 * @param targetColumns the referenced columns, one per referencing column
 * @param onDelete the action when a referenced row is deleted
 * @param onUpdate the action when a referenced key is updated
 */
public record ForeignKey(
    String name,
    Table table,
    List<Column<?>> columns,
    Table target,
    List<Column<?>> targetColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate) {

  /** Copies the column lists. */
  public ForeignKey {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
  }

  /** Whether the key references its own table. */
  public boolean selfReferencing() {
    return table == target;
  }

  /** {@code orders.user_id -> users.id}, for messages. */
  public String describe() {
    return table.name()
        + Names.columnList(columns)
        + " -> "
        + target.name()
        + Names.columnList(targetColumns);
  }
}
