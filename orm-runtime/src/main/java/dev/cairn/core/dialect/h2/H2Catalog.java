package dev.cairn.core.dialect.h2;

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
 * H2's catalog, read from H2 2.x's {@code INFORMATION_SCHEMA} in {@code CURRENT_SCHEMA}: columns by
 * {@code DATA_TYPE} and size, ENUM columns with their labels ({@code ENUM_VALUES}), identity
 * columns, defaults as H2 writes them, constraints, and the indexes that back none (H2 makes one
 * for every key and foreign key).
 */
public final class H2Catalog extends SqlCatalog {

  static final String TABLES =
      """
      SELECT TABLE_NAME AS table_name FROM INFORMATION_SCHEMA.TABLES
      WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME""";

  static final String SEQUENCES =
      """
      SELECT SEQUENCE_NAME AS table_name FROM INFORMATION_SCHEMA.SEQUENCES
      WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA ORDER BY SEQUENCE_NAME""";

  static final String COLUMNS =
      """
      SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,
        NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, DTD_IDENTIFIER
      FROM INFORMATION_SCHEMA.COLUMNS
      WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME IN (:tables)
      ORDER BY TABLE_NAME, ORDINAL_POSITION""";

  static final String ENUM_LABELS =
      """
      SELECT OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
      WHERE OBJECT_SCHEMA = CURRENT_SCHEMA AND OBJECT_TYPE = 'TABLE' AND OBJECT_NAME IN (:tables)
      ORDER BY OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL""";

  static final String CONSTRAINTS =
      """
      SELECT tc.TABLE_NAME AS table_name, tc.CONSTRAINT_NAME AS constraint_name,
        tc.CONSTRAINT_TYPE AS kind, k.COLUMN_NAME AS column_name,
        tk.TABLE_NAME AS target_table, tk.COLUMN_NAME AS target_column,
        rc.DELETE_RULE AS on_delete, rc.UPDATE_RULE AS on_update
      FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
      JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
        ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
      LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
        ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
      LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE tk
        ON tk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
        AND tk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
        AND tk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
      WHERE tc.TABLE_SCHEMA = CURRENT_SCHEMA AND tc.TABLE_NAME IN (:tables)
        AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
      ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

  static final String INDEXES =
      """
      SELECT i.TABLE_NAME AS table_name, i.INDEX_NAME AS index_name,
        i.INDEX_TYPE_NAME = 'UNIQUE INDEX' AS is_unique, c.COLUMN_NAME AS column_name
      FROM INFORMATION_SCHEMA.INDEXES i
      JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA
        AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME
      WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA AND i.TABLE_NAME IN (:tables)
        AND i.INDEX_NAME NOT IN (SELECT tc.INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
          WHERE tc.TABLE_SCHEMA = CURRENT_SCHEMA AND tc.INDEX_NAME IS NOT NULL)
      ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION""";

  /** Creates the H2 catalog. */
  public H2Catalog() {
    super(TABLES, SEQUENCES, CONSTRAINTS, INDEXES, false);
  }

  @Override
  protected void describeColumns(
      CatalogQueries queries, Map<String, ?> tables, TableInfoBuilder builder) {
    List<CatalogRow> columns = queries.query(COLUMNS, tables);
    Map<String, List<String>> labels =
        columns.stream().anyMatch(row -> "ENUM".equals(row.text("DATA_TYPE")))
            ? labels(queries.query(ENUM_LABELS, tables))
            : Map.of();
    for (CatalogRow row : columns) {
      String table = row.requiredText("TABLE_NAME");
      builder.column(table, column(row, labels.get(table + "." + row.text("DTD_IDENTIFIER"))));
    }
  }

  private static ColumnInfo column(CatalogRow row, List<String> labels) {
    String dataType = row.requiredText("DATA_TYPE");
    String typeName = sized(row, dataType);
    boolean identity = row.flag("IS_IDENTITY");
    String defaultSql = row.text("COLUMN_DEFAULT");
    SqlType<?> type =
        dataType.equals("ENUM")
            ? SqlTypes.nativeEnum(
                "enum", labels == null ? new String[0] : labels.toArray(String[]::new))
            : H2TypeNames.typeOf(typeName);
    return new ColumnInfo(
        row.requiredText("COLUMN_NAME"),
        type,
        typeName,
        row.flag("IS_NULLABLE"),
        identity || defaultSql == null ? null : ServerDefault.expression(defaultSql),
        identity);
  }

  /** {@code DATA_TYPE} with the size H2 reports separately, e.g. {@code NUMERIC(4, 2)}. */
  private static String sized(CatalogRow row, String dataType) {
    Object rawLength = row.get("CHARACTER_MAXIMUM_LENGTH");
    long length = rawLength instanceof Number number ? number.longValue() : 0;
    return switch (dataType) {
      case "CHARACTER VARYING", "CHARACTER", "BINARY VARYING", "BINARY" ->
          length <= 0 || length > Integer.MAX_VALUE ? dataType : dataType + "(" + length + ")";
      case "NUMERIC", "DECIMAL" ->
          dataType
              + "("
              + row.integer("NUMERIC_PRECISION")
              + ", "
              + row.integer("NUMERIC_SCALE")
              + ")";
      default -> dataType;
    };
  }

  private static Map<String, List<String>> labels(List<CatalogRow> rows) {
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (CatalogRow row : rows) {
      String key = row.requiredText("OBJECT_NAME") + "." + row.requiredText("ENUM_IDENTIFIER");
      labels.computeIfAbsent(key, k -> new ArrayList<>()).add(row.requiredText("VALUE_NAME"));
    }
    return labels;
  }

  @Override
  public SqlType<?> typeOf(String typeName) {
    return H2TypeNames.typeOf(typeName);
  }

  @Override
  public String fold(String identifier) {
    return identifier.toUpperCase(Locale.ROOT);
  }
}
