package dev.cairn.core.dialect.mysql;

import dev.cairn.core.schema.ServerDefault;
import dev.cairn.core.schema.reflect.CatalogQueries;
import dev.cairn.core.schema.reflect.CatalogRow;
import dev.cairn.core.schema.reflect.ColumnInfo;
import dev.cairn.core.schema.reflect.SqlCatalog;
import dev.cairn.core.schema.reflect.TableInfoBuilder;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's catalog, read from {@code information_schema} in {@code DATABASE()}: columns by {@code
 * COLUMN_TYPE} ({@link MySqlTypeNames}), AUTO_INCREMENT as identity, constraints, and the indexes
 * that are neither a key (a unique index is a unique constraint here) nor the one InnoDB made on
 * its own for a foreign key (it carries the constraint's name). MySQL 8 reports a literal default
 * unquoted and marks an expression default {@code DEFAULT_GENERATED}; {@link MariaDbCatalog}
 * differs there.
 */
public class MySqlCatalog extends SqlCatalog {

  static final String TABLES =
      """
      SELECT TABLE_NAME AS table_name FROM information_schema.TABLES
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME""";

  static final String COLUMNS =
      """
      SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
      FROM information_schema.COLUMNS
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (:tables)
      ORDER BY TABLE_NAME, ORDINAL_POSITION""";

  static final String CONSTRAINTS =
      """
      SELECT k.TABLE_NAME AS table_name,
        CASE WHEN tc.CONSTRAINT_TYPE = 'PRIMARY KEY' THEN NULL ELSE k.CONSTRAINT_NAME END
          AS constraint_name,
        tc.CONSTRAINT_TYPE AS kind, k.COLUMN_NAME AS column_name,
        k.REFERENCED_TABLE_NAME AS target_table, k.REFERENCED_COLUMN_NAME AS target_column,
        rc.DELETE_RULE AS on_delete, rc.UPDATE_RULE AS on_update
      FROM information_schema.KEY_COLUMN_USAGE k
      JOIN information_schema.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
        AND tc.TABLE_NAME = k.TABLE_NAME AND tc.CONSTRAINT_NAME = k.CONSTRAINT_NAME
      LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc
        ON rc.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND rc.TABLE_NAME = k.TABLE_NAME
        AND rc.CONSTRAINT_NAME = k.CONSTRAINT_NAME
      WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME IN (:tables)
        AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
      ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

  static final String INDEXES =
      """
      SELECT TABLE_NAME AS table_name, INDEX_NAME AS index_name, NON_UNIQUE = 0 AS is_unique,
        COLUMN_NAME AS column_name
      FROM information_schema.STATISTICS
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (:tables) AND INDEX_NAME <> 'PRIMARY'
      ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

  private static final Set<String> NUMBER_TYPES =
      Set.of(
          "tinyint",
          "smallint",
          "mediumint",
          "int",
          "integer",
          "bigint",
          "decimal",
          "numeric",
          "float",
          "double",
          "real",
          "bit",
          "year");

  /** Creates the MySQL catalog: MySQL has no sequences. */
  public MySqlCatalog() {
    this(null);
  }

  /** Creates a MySQL-like catalog that lists sequences with {@code sequences} (MariaDB). */
  protected MySqlCatalog(@Nullable String sequences) {
    super(TABLES, sequences, CONSTRAINTS, INDEXES, true);
  }

  @Override
  protected void describeColumns(
      CatalogQueries queries, Map<String, ?> tables, TableInfoBuilder builder) {
    Set<String> json = jsonColumns(queries, tables);
    for (CatalogRow row : queries.query(COLUMNS, tables)) {
      String table = row.requiredText("TABLE_NAME");
      builder.column(table, column(row, json.contains(table + "." + row.text("COLUMN_NAME"))));
    }
  }

  /**
   * The {@code table.column}s that hold JSON although their type says otherwise (MariaDB's JSON is
   * LONGTEXT with a check); none on MySQL, whose JSON type is its own.
   */
  protected Set<String> jsonColumns(CatalogQueries queries, Map<String, ?> tables) {
    return Set.of();
  }

  private ColumnInfo column(CatalogRow row, boolean json) {
    String columnType = row.requiredText("COLUMN_TYPE");
    String extra = row.text("EXTRA");
    boolean identity = extra != null && extra.toLowerCase(Locale.ROOT).contains("auto_increment");
    String defaultSql =
        identity
            ? null
            : serverDefault(
                row.text("COLUMN_DEFAULT"),
                extra == null ? "" : extra,
                row.requiredText("DATA_TYPE").toLowerCase(Locale.ROOT));
    SqlType<?> type = json ? SqlTypes.JSON : MySqlTypeNames.typeOf(columnType);
    return new ColumnInfo(
        row.requiredText("COLUMN_NAME"),
        type,
        columnType,
        row.flag("IS_NULLABLE"),
        defaultSql == null ? null : ServerDefault.expression(defaultSql),
        identity);
  }

  /**
   * The default as SQL text from {@code COLUMN_DEFAULT}, or null for none. MySQL 8 reports a
   * literal as its bare value ({@code G}, {@code 3}) and an expression with {@code
   * DEFAULT_GENERATED} in {@code EXTRA}; an expression other than the current time is written in
   * parentheses, as MySQL requires in DDL.
   */
  protected @Nullable String serverDefault(
      @Nullable String columnDefault, String extra, String dataType) {
    if (columnDefault == null) {
      return null;
    }
    if (extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED")) {
      String lower = columnDefault.toLowerCase(Locale.ROOT);
      boolean now = lower.startsWith("current_timestamp") || lower.startsWith("now(");
      return now ? columnDefault : "(" + columnDefault + ")";
    }
    if (NUMBER_TYPES.contains(dataType)) {
      return columnDefault;
    }
    return "'" + columnDefault.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  public SqlType<?> typeOf(String typeName) {
    return MySqlTypeNames.typeOf(typeName);
  }

  /** Table names are stored as written (case-sensitive on Linux). */
  @Override
  public String fold(String identifier) {
    return identifier;
  }
}
