package dev.cairn.core.schema;

import java.util.List;

/**
 * An index, created with {@code CREATE [UNIQUE] INDEX} after its table.
 *
 * @param name the index name ({@code ix_<table>_<columns>} or {@code ux_...} unless given)
 * @param table the indexed table
 * @param columns the indexed columns in order
 * @param unique whether the index enforces uniqueness
 */
public record Index(String name, Table table, List<Column<?>> columns, boolean unique) {

  /** Copies the column list. */
  public Index {
    columns = List.copyOf(columns);
  }
}
