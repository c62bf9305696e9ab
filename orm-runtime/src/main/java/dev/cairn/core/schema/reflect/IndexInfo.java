package dev.cairn.core.schema.reflect;

import java.util.List;

/**
 * An index as the database describes it, other than those that enforce a primary key or unique
 * constraint or that the database made on its own for a foreign key. Indexes over expressions are
 * left out.
 *
 * @param name the index's name
 * @param columns the indexed columns in order
 * @param unique whether the index enforces uniqueness
 */
public record IndexInfo(String name, List<String> columns, boolean unique) {

  /** Copies the column list. */
  public IndexInfo {
    columns = List.copyOf(columns);
  }
}
