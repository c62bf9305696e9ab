package dev.cairn.core.schema;

import java.util.List;

/**
 * A table's primary key.
 *
 * @param name the constraint's name ({@code pk_<table>} unless given)
 * @param columns the key's columns in key order
 */
public record PrimaryKey(String name, List<Column<?>> columns) {

  /** Copies the column list. */
  public PrimaryKey {
    columns = List.copyOf(columns);
  }
}
