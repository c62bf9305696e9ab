package dev.cairn.core.dialect.mysql;

import dev.cairn.core.schema.reflect.CatalogQueries;
import dev.cairn.core.schema.reflect.CatalogRow;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * MariaDB's catalog: MySQL's, with sequences (tables of type {@code SEQUENCE}), JSON columns told
 * by their {@code json_valid} check (MariaDB's JSON is LONGTEXT), and defaults reported as SQL
 * already (a literal quoted, {@code NULL} for none, {@code current_timestamp()}).
 */
public final class MariaDbCatalog extends MySqlCatalog {

  static final String SEQUENCES =
      """
      SELECT TABLE_NAME AS table_name FROM information_schema.TABLES
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE' ORDER BY TABLE_NAME""";

  static final String CHECKS =
      """
      SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
      WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME IN (:tables)""";

  /** Creates the MariaDB catalog. */
  public MariaDbCatalog() {
    super(SEQUENCES);
  }

  @Override
  protected Set<String> jsonColumns(CatalogQueries queries, Map<String, ?> tables) {
    Set<String> columns = new HashSet<>();
    for (CatalogRow row : queries.query(CHECKS, tables)) {
      String clause = row.requiredText("CHECK_CLAUSE").trim();
      if (clause.startsWith("json_valid(`") && clause.endsWith("`)")) {
        String column = clause.substring("json_valid(`".length(), clause.length() - 2);
        columns.add(row.requiredText("TABLE_NAME") + "." + column.replace("``", "`"));
      }
    }
    return columns;
  }

  @Override
  protected @Nullable String serverDefault(
      @Nullable String columnDefault, String extra, String dataType) {
    return columnDefault == null || columnDefault.equals("NULL") ? null : columnDefault;
  }
}
