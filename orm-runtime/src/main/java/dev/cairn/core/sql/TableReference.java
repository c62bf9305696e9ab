package dev.cairn.core.sql;

import java.util.List;

/**
 * A named table as the SQL builder sees it: its name and columns. Implemented by the schema's
 * {@code Table}; the statement classes depend on this view, never on the schema package.
 */
public interface TableReference extends FromItem {

  /** The table's name. */
  String name();

  /** The columns in declaration order. */
  List<? extends ColumnReference<?>> columnReferences();

  /** The primary key columns in declaration order; empty when the table has none. */
  List<? extends ColumnReference<?>> primaryKeyReferences();

  /** All columns of the table, in declaration order. */
  @Override
  default List<? extends Expression<?>> exportedColumns() {
    return columnReferences();
  }
}
