package dev.cairn.core.schema;

import java.util.List;

/**
 * A UNIQUE constraint over one or more columns.
 *
 * @param name the constraint's name ({@code uq_<table>_<columns>} unless given)
 * @param columns the columns whose combined values must be unique
 */
public record UniqueConstraint(String name, List<Column<?>> columns) {

  /** Copies the column list. */
  public UniqueConstraint {
    columns = List.copyOf(columns);
  }
}
