package dev.cairn.core.schema.reflect;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.TypeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@link Table}s from {@link TableInfo}s and adds them to a {@link MetaData}: columns first,
 * then keys, constraints and indexes, so that foreign keys can point at any table of the batch or
 * at one the MetaData already has. The tables are added (and so sealed) only when all are complete.
 */
final class TableReflector {

  private final MetaData metaData;
  private final Map<String, Table> built = new LinkedHashMap<>();

  TableReflector(MetaData metaData) {
    this.metaData = metaData;
  }

  void build(List<TableInfo> tables) {
    for (TableInfo info : tables) {
      built.put(key(info.name()), columns(info));
    }
    for (TableInfo info : tables) {
      constraints(built.get(key(info.name())), info);
    }
    metaData.add(built.values().toArray(Table[]::new));
  }

  private static Table columns(TableInfo info) {
    Table table = new Table(info.name());
    for (ColumnInfo columnInfo : info.columns()) {
      Column<?> column = table.column(columnInfo.name(), columnInfo.type());
      if (columnInfo.identity() && integer(columnInfo.type())) {
        column = column.identity();
      } else if (columnInfo.serverDefault() != null) {
        column = column.serverDefault(columnInfo.serverDefault());
      }
      if (!columnInfo.nullable()) {
        column.notNull();
      }
    }
    return table;
  }

  private void constraints(Table table, TableInfo info) {
    PrimaryKeyInfo key = info.primaryKey();
    if (key != null) {
      table.primaryKey(key.name(), columns(table, key.columns()));
    }
    for (UniqueInfo unique : info.uniqueConstraints()) {
      table.unique(unique.name(), columns(table, unique.columns()));
    }
    for (IndexInfo index : info.indexes()) {
      if (index.unique()) {
        table.uniqueIndex(index.name(), columns(table, index.columns()));
      } else {
        table.index(index.name(), columns(table, index.columns()));
      }
    }
    for (ForeignKeyInfo foreignKey : info.foreignKeys()) {
      Table target = target(foreignKey.targetTable());
      List<Column<?>> targetColumns =
          foreignKey.targetColumns().isEmpty()
              ? target.primaryKey()
              : List.of(columns(target, foreignKey.targetColumns()));
      table.foreignKey(
          foreignKey.name(),
          List.of(columns(table, foreignKey.columns())),
          targetColumns,
          foreignKey.onDelete(),
          foreignKey.onUpdate());
    }
  }

  private Table target(String name) {
    Table table = built.get(key(name));
    if (table != null) {
      return table;
    }
    if (metaData.hasTable(name)) {
      return metaData.table(name);
    }
    throw new CairnException(
        "A foreign key references table " + name + ", which was not read; reflect it as well");
  }

  private static Column<?>[] columns(Table table, List<String> names) {
    List<Column<?>> columns = new ArrayList<>(names.size());
    for (String name : names) {
      columns.add(column(table, name));
    }
    return columns.toArray(Column<?>[]::new);
  }

  private static Column<?> column(Table table, String name) {
    for (Column<?> column : table.columns()) {
      if (column.name().equalsIgnoreCase(name)) {
        return column;
      }
    }
    return table.column(name);
  }

  private static boolean integer(SqlType<?> type) {
    TypeKind kind = type.kind();
    return kind == TypeKind.SMALLINT || kind == TypeKind.INTEGER || kind == TypeKind.BIGINT;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
