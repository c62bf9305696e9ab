package dev.cairn.core.schema.reflect;

import dev.cairn.core.CairnException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table as the database describes it: what {@code MetaData.reflect} builds a {@code Table} from.
 *
 * @param name the table's name
 * @param columns the columns in table order
 * @param primaryKey the primary key, or null when the table has none
 * @param foreignKeys the foreign keys
 * @param uniqueConstraints the UNIQUE constraints
 * @param indexes the other indexes
 */
public record TableInfo(
    String name,
    List<ColumnInfo> columns,
    @Nullable PrimaryKeyInfo primaryKey,
    List<ForeignKeyInfo> foreignKeys,
    List<UniqueInfo> uniqueConstraints,
    List<IndexInfo> indexes) {

  /** Copies the lists. */
  public TableInfo {
    columns = List.copyOf(columns);
    foreignKeys = List.copyOf(foreignKeys);
    uniqueConstraints = List.copyOf(uniqueConstraints);
    indexes = List.copyOf(indexes);
  }

  /** The column named {@code columnName} (ignoring case); a CairnException naming the columns. */
  public ColumnInfo column(String columnName) {
    for (ColumnInfo column : columns) {
      if (column.name().equalsIgnoreCase(columnName)) {
        return column;
      }
    }
    throw new CairnException(
        "Table "
            + name
            + " has no column '"
            + columnName
            + "' in the database; its columns are "
            + columns.stream().map(ColumnInfo::name).toList());
  }
}
