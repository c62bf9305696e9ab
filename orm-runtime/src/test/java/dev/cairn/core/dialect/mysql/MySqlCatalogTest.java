package dev.cairn.core.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.schema.ReferentialAction;
import dev.cairn.core.schema.reflect.Catalog;
import dev.cairn.core.schema.reflect.CatalogQueries;
import dev.cairn.core.schema.reflect.CatalogRow;
import dev.cairn.core.schema.reflect.ColumnInfo;
import dev.cairn.core.schema.reflect.ForeignKeyInfo;
import dev.cairn.core.schema.reflect.IndexInfo;
import dev.cairn.core.schema.reflect.TableInfo;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MySQL's catalog without a MySQL server (none runs here; MariaDB's runs against a real server in
 * the reflection tests): the exact catalog SQL it sends, and how it reads the rows MySQL 8 returns
 * for the differences from MariaDB, bare literal defaults and {@code DEFAULT_GENERATED}.
 */
class MySqlCatalogTest {

  /** Records the SQL it is asked and answers with the rows given for it. */
  private static final class Recorded implements CatalogQueries {
    final List<String> sql = new ArrayList<>();
    final Map<String, List<Map<String, Object>>> answers = new HashMap<>();

    @Override
    public List<CatalogRow> query(String text, Map<String, ?> parameters) {
      sql.add(text);
      List<CatalogRow> rows = new ArrayList<>();
      for (Map<String, Object> row : answers.getOrDefault(text, List.of())) {
        rows.add(row::get);
      }
      return rows;
    }
  }

  private static Map<String, Object> column(
      String name, String dataType, String columnType, String nullable, Object dflt, String extra) {
    Map<String, Object> row = new HashMap<>();
    row.put("TABLE_NAME", "film");
    row.put("COLUMN_NAME", name);
    row.put("DATA_TYPE", dataType);
    row.put("COLUMN_TYPE", columnType);
    row.put("IS_NULLABLE", nullable);
    row.put("COLUMN_DEFAULT", dflt);
    row.put("EXTRA", extra);
    return row;
  }

  private static Map<String, Object> row(Object... labelsAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      row.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
    }
    return row;
  }

  @Test
  void theCatalogSqlIsInformationSchemaInTheCurrentDatabase() {
    assertThat(MySqlCatalog.COLUMNS)
        .isEqualTo(
            "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT,"
                + " EXTRA\n"
                + "FROM information_schema.COLUMNS\n"
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (:tables)\n"
                + "ORDER BY TABLE_NAME, ORDINAL_POSITION");
    assertThat(MySqlCatalog.TABLES)
        .isEqualTo(
            "SELECT TABLE_NAME AS table_name FROM information_schema.TABLES\n"
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY"
                + " TABLE_NAME");
    assertThat(MySqlCatalog.INDEXES)
        .isEqualTo(
            "SELECT TABLE_NAME AS table_name, INDEX_NAME AS index_name, NON_UNIQUE = 0 AS"
                + " is_unique,\n"
                + "  COLUMN_NAME AS column_name\n"
                + "FROM information_schema.STATISTICS\n"
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (:tables) AND INDEX_NAME <>"
                + " 'PRIMARY'\n"
                + "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX");
    assertThat(Dialects.MYSQL.catalog()).isInstanceOf(MySqlCatalog.class);
    assertThat(Dialects.MARIADB.catalog()).isInstanceOf(MariaDbCatalog.class);
  }

  @Test
  void mysqlDescribesATableFromWhatMySql8Reports() {
    Recorded queries = new Recorded();
    queries.answers.put(
        MySqlCatalog.COLUMNS,
        List.of(
            column("film_id", "smallint", "smallint unsigned", "NO", null, "auto_increment"),
            column("rating", "enum", "enum('G','PG','PG-13')", "YES", "G", ""),
            column("note", "varchar", "varchar(20)", "YES", "it's \\ here", ""),
            column("rate", "decimal", "decimal(4,2)", "NO", "4.99", ""),
            column("active", "tinyint", "tinyint(1)", "NO", "1", ""),
            column("doc", "json", "json", "YES", null, ""),
            column(
                "changed",
                "timestamp",
                "timestamp",
                "NO",
                "CURRENT_TIMESTAMP",
                "DEFAULT_GENERATED on update CURRENT_TIMESTAMP"),
            column("created", "date", "date", "NO", "curdate()", "DEFAULT_GENERATED"),
            column("language_id", "tinyint", "tinyint unsigned", "NO", null, "")));
    queries.answers.put(
        MySqlCatalog.CONSTRAINTS,
        List.of(
            row(
                "table_name",
                "film",
                "constraint_name",
                null,
                "kind",
                "PRIMARY KEY",
                "column_name",
                "film_id"),
            row(
                "table_name",
                "film",
                "constraint_name",
                "fk_film_language",
                "kind",
                "FOREIGN KEY",
                "column_name",
                "language_id",
                "target_table",
                "language",
                "target_column",
                "language_id",
                "on_update",
                "CASCADE",
                "on_delete",
                "RESTRICT")));
    queries.answers.put(
        MySqlCatalog.INDEXES,
        List.of(
            row(
                "table_name",
                "film",
                "index_name",
                "fk_film_language",
                "is_unique",
                0,
                "column_name",
                "language_id"),
            row(
                "table_name",
                "film",
                "index_name",
                "ix_lower_note",
                "is_unique",
                0,
                "column_name",
                null),
            row(
                "table_name",
                "film",
                "index_name",
                "ix_rate",
                "is_unique",
                0,
                "column_name",
                "rate")));
    Catalog catalog = Dialects.MYSQL.catalog();

    TableInfo film = catalog.describe(queries, List.of("film")).get(0);

    assertThat(queries.sql)
        .as("no CHECK_CONSTRAINTS query: MySQL's JSON is a type of its own")
        .containsExactly(MySqlCatalog.COLUMNS, MySqlCatalog.CONSTRAINTS, MySqlCatalog.INDEXES);
    assertThat(film.columns())
        .containsExactly(
            new ColumnInfo("film_id", SqlTypes.INTEGER, "smallint unsigned", false, null, true),
            new ColumnInfo(
                "rating",
                SqlTypes.nativeEnum("enum", "G", "PG", "PG-13"),
                "enum('G','PG','PG-13')",
                true,
                dev.cairn.core.schema.ServerDefault.expression("'G'"),
                false),
            info("note", SqlTypes.varchar(20), "varchar(20)", true, "'it''s \\\\ here'"),
            info("rate", SqlTypes.numeric(4, 2), "decimal(4,2)", false, "4.99"),
            info("active", SqlTypes.BOOLEAN, "tinyint(1)", false, "1"),
            info("doc", SqlTypes.JSON, "json", true, null),
            info("changed", SqlTypes.TIMESTAMP, "timestamp", false, "CURRENT_TIMESTAMP"),
            info("created", SqlTypes.DATE, "date", false, "(curdate())"),
            info("language_id", SqlTypes.SMALLINT, "tinyint unsigned", false, null));
    assertThat(film.primaryKey().name()).isNull();
    assertThat(film.primaryKey().columns()).containsExactly("film_id");
    assertThat(film.foreignKeys())
        .containsExactly(
            new ForeignKeyInfo(
                "fk_film_language",
                List.of("language_id"),
                "language",
                List.of("language_id"),
                ReferentialAction.RESTRICT,
                ReferentialAction.CASCADE));
    assertThat(film.indexes())
        .as("neither the foreign key's own index nor one over an expression")
        .containsExactly(new IndexInfo("ix_rate", List.of("rate"), false));
  }

  @Test
  void mariadbReadsDefaultsAsSqlAndJsonByItsCheck() {
    Recorded queries = new Recorded();
    queries.answers.put(
        MariaDbCatalog.CHECKS,
        List.of(row("TABLE_NAME", "film", "CHECK_CLAUSE", "json_valid(`doc`)")));
    queries.answers.put(
        MySqlCatalog.COLUMNS,
        List.of(
            column("rating", "enum", "enum('G','PG')", "YES", "'G'", ""),
            column("note", "varchar", "varchar(20)", "YES", "NULL", ""),
            column("doc", "longtext", "longtext", "YES", "NULL", ""),
            column("created", "date", "date", "NO", "curdate()", "")));

    TableInfo film = Dialects.MARIADB.catalog().describe(queries, List.of("film")).get(0);

    assertThat(queries.sql)
        .containsExactly(
            MariaDbCatalog.CHECKS,
            MySqlCatalog.COLUMNS,
            MySqlCatalog.CONSTRAINTS,
            MySqlCatalog.INDEXES);
    assertThat(film.columns())
        .extracting(c -> c.name() + " " + c.type() + " " + c.serverDefault())
        .containsExactly(
            "rating ENUM enum[G, PG] 'G'",
            "note VARCHAR(20) null",
            "doc JSON null",
            "created DATE curdate()");
  }

  private static ColumnInfo info(
      String name,
      dev.cairn.core.sql.type.SqlType<?> type,
      String columnType,
      boolean nullable,
      String dflt) {
    return new ColumnInfo(
        name,
        type,
        columnType,
        nullable,
        dflt == null ? null : dev.cairn.core.schema.ServerDefault.expression(dflt),
        false);
  }
}
