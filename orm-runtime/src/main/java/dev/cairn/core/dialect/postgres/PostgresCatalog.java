package dev.cairn.core.dialect.postgres;

import dev.cairn.core.schema.ServerDefault;
import dev.cairn.core.schema.reflect.CatalogQueries;
import dev.cairn.core.schema.reflect.CatalogRow;
import dev.cairn.core.schema.reflect.ColumnInfo;
import dev.cairn.core.schema.reflect.SqlCatalog;
import dev.cairn.core.schema.reflect.TableInfoBuilder;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PostgreSQL's catalog, read from {@code pg_catalog} in {@code current_schema()}: columns with
 * {@code format_type} names (a domain as its base type), native enums with their labels, serial and
 * identity columns as identity, defaults as {@code pg_get_expr} writes them, constraints from
 * {@code pg_constraint} and the indexes that back none. Types are mapped by {@link
 * PostgresTypeNames}.
 */
public final class PostgresCatalog extends SqlCatalog {

  static final String TABLES =
      """
      SELECT c.relname AS table_name FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname""";

  static final String SEQUENCES =
      """
      SELECT sequence_name AS table_name FROM information_schema.sequences
      WHERE sequence_schema = current_schema() ORDER BY sequence_name""";

  static final String COLUMNS =
      """
      SELECT c.relname AS table_name, a.attname AS column_name,
        pg_catalog.format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END,
          CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END) AS type_name,
        t.typtype = 'e' AS is_enum, t.typname AS udt_name, NOT a.attnotnull AS nullable,
        pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS column_default, a.attidentity AS identity
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = current_schema() AND c.relname IN (:tables)
        AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum""";

  static final String ENUM_LABELS =
      """
      SELECT t.typname AS type_name, e.enumlabel AS label
      FROM pg_catalog.pg_enum e JOIN pg_catalog.pg_type t ON t.oid = e.enumtypid
      WHERE t.oid IN (SELECT a.atttypid FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relname IN (:tables))
      ORDER BY t.typname, e.enumsortorder""";

  static final String CONSTRAINTS =
      """
      SELECT c.relname AS table_name, con.conname AS constraint_name, con.contype AS kind,
        a.attname AS column_name, fc.relname AS target_table, fa.attname AS target_column,
        con.confdeltype AS on_delete, con.confupdtype AS on_update
      FROM pg_catalog.pg_constraint con
      JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
      LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
      LEFT JOIN pg_catalog.pg_attribute fa
        ON fa.attrelid = con.confrelid AND fa.attnum = con.confkey[k.ord]
      WHERE n.nspname = current_schema() AND c.relname IN (:tables)
        AND con.contype IN ('p', 'u', 'f')
      ORDER BY c.relname, con.conname, k.ord""";

  static final String INDEXES =
      """
      SELECT t.relname AS table_name, i.relname AS index_name, ix.indisunique AS is_unique,
        a.attname AS column_name
      FROM pg_catalog.pg_index ix
      JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
      JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
      WHERE n.nspname = current_schema() AND t.relname IN (:tables) AND ix.indpred IS NULL
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
          WHERE con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x'))
      ORDER BY t.relname, i.relname, k.ord""";

  /** Creates the PostgreSQL catalog. */
  public PostgresCatalog() {
    super(TABLES, SEQUENCES, CONSTRAINTS, INDEXES, false);
  }

  @Override
  protected void describeColumns(
      CatalogQueries queries, Map<String, ?> tables, TableInfoBuilder builder) {
    List<CatalogRow> columns = queries.query(COLUMNS, tables);
    Map<String, List<String>> labels =
        columns.stream().anyMatch(row -> row.flag("is_enum"))
            ? enumLabels(queries.query(ENUM_LABELS, tables))
            : Map.of();
    for (CatalogRow row : columns) {
      builder.column(row.requiredText("table_name"), column(row, labels));
    }
  }

  private static ColumnInfo column(CatalogRow row, Map<String, List<String>> labels) {
    String typeName = row.requiredText("type_name");
    String defaultSql = row.text("column_default");
    String identityKind = row.text("identity");
    boolean identity =
        (identityKind != null && !identityKind.isBlank())
            || (defaultSql != null && defaultSql.startsWith("nextval("));
    SqlType<?> type =
        row.flag("is_enum")
            ? SqlTypes.nativeEnum(
                row.requiredText("udt_name"),
                labels.getOrDefault(row.requiredText("udt_name"), List.of()).toArray(String[]::new))
            : PostgresTypeNames.typeOf(typeName);
    return new ColumnInfo(
        row.requiredText("column_name"),
        type,
        typeName,
        row.flag("nullable"),
        identity || defaultSql == null ? null : ServerDefault.expression(defaultSql),
        identity);
  }

  private static Map<String, List<String>> enumLabels(List<CatalogRow> rows) {
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (CatalogRow row : rows) {
      labels
          .computeIfAbsent(row.requiredText("type_name"), name -> new ArrayList<>())
          .add(row.requiredText("label"));
    }
    return labels;
  }

  @Override
  public SqlType<?> typeOf(String typeName) {
    return PostgresTypeNames.typeOf(typeName);
  }

  @Override
  public String fold(String identifier) {
    return identifier.toLowerCase(Locale.ROOT);
  }
}
