package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.schema.ServerDefault;
import dev.cairn.core.schema.reflect.Catalog;
import dev.cairn.core.schema.reflect.CatalogQueries;
import dev.cairn.core.schema.reflect.CatalogRow;
import dev.cairn.core.schema.reflect.ColumnInfo;
import dev.cairn.core.schema.reflect.TableInfo;
import dev.cairn.core.schema.reflect.TableInfoBuilder;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.core.sql.type.TypeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite's catalog, read from {@code sqlite_master} and the {@code pragma_table_info}, {@code
 * pragma_foreign_key_list}, {@code pragma_index_list} and {@code pragma_index_info} table
 * functions. Types come from the declared type names ({@link SqliteTypeNames}); a text column with
 * a {@code CHECK (length(col) <= n)} reads back as {@code varchar(n)}; an {@code INTEGER PRIMARY
 * KEY} (the rowid) is an identity column; constraint names, which the pragmas do not report, are
 * read from the table's SQL ({@link SqliteTableSql}). Table names match ignoring case, as in
 * SQLite.
 */
public final class SqliteCatalog implements Catalog {

  static final String TABLES =
      """
      SELECT name AS table_name FROM sqlite_master
      WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name""";

  static final String TABLE_SQL =
      """
      SELECT name, sql FROM sqlite_master
      WHERE type = 'table' AND name COLLATE NOCASE IN (:tables)""";

  static final String COLUMNS =
      """
      SELECT m.name AS table_name, p.name AS column_name, p.type AS type_name,
        p."notnull" AS not_null, p.dflt_value AS column_default, p.pk AS key_position
      FROM sqlite_master m JOIN pragma_table_info(m.name) p
      WHERE m.type = 'table' AND m.name COLLATE NOCASE IN (:tables)
      ORDER BY m.name, p.cid""";

  static final String FOREIGN_KEYS =
      """
      SELECT m.name AS table_name, f.id AS key_id, f."table" AS target_table,
        f."from" AS column_name, f."to" AS target_column, f.on_update, f.on_delete
      FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND m.name COLLATE NOCASE IN (:tables)
      ORDER BY m.name, f.id, f.seq""";

  static final String INDEXES =
      """
      SELECT m.name AS table_name, il.name AS index_name, il."unique" AS is_unique, il.origin,
        ii.name AS column_name
      FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii
      WHERE m.type = 'table' AND m.name COLLATE NOCASE IN (:tables)
      ORDER BY m.name, il.name, ii.seqno""";

  static final String KEY_COLUMNS =
      """
      SELECT name FROM pragma_table_info(:table) WHERE pk > 0 ORDER BY pk""";

  /** Creates the SQLite catalog. */
  public SqliteCatalog() {}

  @Override
  public List<String> tableNames(CatalogQueries queries) {
    return TableInfoBuilder.texts(queries.query(TABLES), "table_name");
  }

  /** SQLite has no sequences. */
  @Override
  public List<String> sequenceNames(CatalogQueries queries) {
    return List.of();
  }

  @Override
  public List<TableInfo> describe(CatalogQueries queries, List<String> tableNames) {
    if (tableNames.isEmpty()) {
      return List.of();
    }
    Map<String, ?> tables = Map.of("tables", tableNames);
    Map<String, SqliteTableSql> sql = new HashMap<>();
    for (CatalogRow row : queries.query(TABLE_SQL, tables)) {
      sql.put(row.requiredText("name"), new SqliteTableSql(row.text("sql")));
    }
    List<CatalogRow> columns = queries.query(COLUMNS, tables);
    List<String> stored = sql.keySet().stream().sorted().toList();
    TableInfoBuilder builder = new TableInfoBuilder(order(tableNames, stored));
    Map<String, Integer> keySizes = new HashMap<>();
    for (CatalogRow row : columns) {
      if (row.integer("key_position") > 0) {
        keySizes.merge(row.requiredText("table_name"), 1, Integer::sum);
      }
    }
    for (CatalogRow row : columns) {
      String table = row.requiredText("table_name");
      boolean rowid =
          keySizes.getOrDefault(table, 0) == 1
              && row.integer("key_position") == 1
              && "INTEGER".equalsIgnoreCase(row.text("type_name"));
      builder.column(table, column(row, sql.get(table), rowid));
    }
    List<CatalogRow> keyColumns = new ArrayList<>(columns);
    keyColumns.removeIf(row -> row.integer("key_position") == 0);
    keyColumns.sort(Comparator.comparingInt(row -> row.integer("key_position")));
    for (CatalogRow row : keyColumns) {
      String table = row.requiredText("table_name");
      builder.primaryKeyColumn(
          table,
          sql.get(table).constraintName("PRIMARY KEY", keyNames(keyColumns, table)),
          row.requiredText("column_name"));
    }
    foreignKeys(queries, tables, builder, sql);
    for (List<CatalogRow> index : grouped(queries.query(INDEXES, tables), "index_name")) {
      CatalogRow first = index.get(0);
      String table = first.requiredText("table_name");
      String name = first.requiredText("index_name");
      List<String> indexColumns = index.stream().map(row -> row.text("column_name")).toList();
      String origin = first.requiredText("origin");
      if (origin.equals("pk") || indexColumns.contains(null)) {
        continue;
      }
      for (String column : indexColumns) {
        if (origin.equals("u")) {
          builder.uniqueColumn(
              table, name, sql.get(table).constraintName("UNIQUE", indexColumns), column);
        } else {
          builder.indexColumn(table, name, column, first.flag("is_unique"));
        }
      }
    }
    return builder.build();
  }

  private static void foreignKeys(
      CatalogQueries queries,
      Map<String, ?> tables,
      TableInfoBuilder builder,
      Map<String, SqliteTableSql> sql) {
    Map<String, List<String>> targetKeys = new HashMap<>();
    for (List<CatalogRow> key : grouped(queries.query(FOREIGN_KEYS, tables), "key_id")) {
      CatalogRow first = key.get(0);
      String table = first.requiredText("table_name");
      String target = first.requiredText("target_table");
      List<String> columns = key.stream().map(row -> row.requiredText("column_name")).toList();
      String name = sql.get(table).constraintName("FOREIGN KEY", columns);
      for (int i = 0; i < key.size(); i++) {
        CatalogRow row = key.get(i);
        String targetColumn = row.text("target_column");
        if (targetColumn == null) {
          targetColumn = targetKeys.computeIfAbsent(target, t -> keyColumns(queries, t)).get(i);
        }
        builder.foreignKeyColumn(
            table,
            "fk" + first.requiredText("key_id"),
            name,
            columns.get(i),
            target,
            targetColumn,
            TableInfoBuilder.action(row.text("on_delete")),
            TableInfoBuilder.action(row.text("on_update")));
      }
    }
  }

  private static List<String> keyNames(List<CatalogRow> keyColumns, String table) {
    return keyColumns.stream()
        .filter(row -> row.requiredText("table_name").equals(table))
        .map(row -> row.requiredText("column_name"))
        .toList();
  }

  /** The primary key columns of {@code table}, for a foreign key that names no target columns. */
  private static List<String> keyColumns(CatalogQueries queries, String table) {
    return queries.query(KEY_COLUMNS, Map.of("table", table)).stream()
        .map(row -> row.requiredText("name"))
        .toList();
  }

  /** {@code rows} in groups of equal table and {@code keyLabel}, in order. */
  private static List<List<CatalogRow>> grouped(List<CatalogRow> rows, String keyLabel) {
    Map<String, List<CatalogRow>> groups = new LinkedHashMap<>();
    for (CatalogRow row : rows) {
      String key = row.requiredText("table_name") + "\u0000" + row.requiredText(keyLabel);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    return List.copyOf(groups.values());
  }

  private static ColumnInfo column(CatalogRow row, SqliteTableSql sql, boolean rowid) {
    String declared = row.text("type_name");
    String typeName = declared == null ? "" : declared;
    String name = row.requiredText("column_name");
    SqlType<?> type = SqliteTypeNames.typeOf(typeName);
    if (type.kind() == TypeKind.TEXT) {
      Integer length = sql.lengthCheck(name);
      if (length != null) {
        type = SqlTypes.varchar(length);
      }
    }
    String defaultSql = row.text("column_default");
    return new ColumnInfo(
        name,
        rowid ? SqlTypes.BIGINT : type,
        typeName,
        !rowid && !row.flag("not_null"),
        rowid || defaultSql == null ? null : ServerDefault.expression(defaultSql),
        rowid);
  }

  /** The stored names in the order asked for (SQLite matched them ignoring case). */
  private static List<String> order(List<String> asked, List<String> stored) {
    return asked.stream()
        .map(name -> stored.stream().filter(s -> s.equalsIgnoreCase(name)).findFirst().orElse(name))
        .distinct()
        .toList();
  }

  @Override
  public SqlType<?> typeOf(String typeName) {
    return SqliteTypeNames.typeOf(typeName);
  }

  @Override
  public String fold(String identifier) {
    return identifier;
  }

  @Override
  public boolean namesIgnoreCase() {
    return true;
  }
}
