package dev.cairn.core.sql.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.cairn.core.dialect.Dialects;
import org.junit.jupiter.api.Test;

/** Golden type names, CAST targets and literals of the mariadb dialect. */
class MariaDbTypesTest {

  private final TypeDialect types = Dialects.MARIADB.types();

  @Test
  void ddlTypeNames() {
    assertThat(TypeGoldens.ddlNames(types))
        .containsExactly(
            entry("SMALLINT", "SMALLINT"),
            entry("INTEGER", "INTEGER"),
            entry("BIGINT", "BIGINT"),
            entry("VARCHAR(50)", "VARCHAR(50)"),
            entry("TEXT", "LONGTEXT"),
            entry("BOOLEAN", "BOOLEAN"),
            entry("NUMERIC(10,2)", "DECIMAL(10, 2)"),
            entry("REAL", "DOUBLE"),
            entry("DOUBLE", "DOUBLE"),
            entry("DATE", "DATE"),
            entry("TIME", "TIME(6)"),
            entry("TIMESTAMP", "DATETIME(6)"),
            entry("TIMESTAMP_TZ", "DATETIME(6)"),
            entry("INSTANT", "DATETIME(6)"),
            entry("UUID", "UUID"),
            entry("BINARY", "LONGBLOB"),
            entry("BINARY(16)", "VARBINARY(16)"),
            entry("ENUM", "VARCHAR(9)"),
            entry("JSON", "JSON"));
  }

  @Test
  void castTypeNames() {
    assertThat(TypeGoldens.castNames(types))
        .containsExactly(
            entry("SMALLINT", "SIGNED"),
            entry("INTEGER", "SIGNED"),
            entry("BIGINT", "SIGNED"),
            entry("VARCHAR(50)", "CHAR"),
            entry("TEXT", "CHAR"),
            entry("BOOLEAN", "SIGNED"),
            entry("NUMERIC(10,2)", "DECIMAL(10, 2)"),
            entry("REAL", "DOUBLE"),
            entry("DOUBLE", "DOUBLE"),
            entry("DATE", "DATE"),
            entry("TIME", "TIME(6)"),
            entry("TIMESTAMP", "DATETIME(6)"),
            entry("TIMESTAMP_TZ", "DATETIME(6)"),
            entry("INSTANT", "DATETIME(6)"),
            entry("UUID", "UUID"),
            entry("BINARY", "BINARY"),
            entry("BINARY(16)", "BINARY"),
            entry("ENUM", "CHAR"),
            entry("JSON", "CHAR"));
  }

  @Test
  void literals() {
    assertThat(TypeGoldens.literals(types))
        .containsExactly(
            entry("SMALLINT", "-5"),
            entry("INTEGER", "42"),
            entry("BIGINT", "9223372036854775807"),
            entry("BOOLEAN true", "TRUE"),
            entry("BOOLEAN false", "FALSE"),
            entry("NUMERIC", "-12.50"),
            entry("REAL", "1.5"),
            entry("DOUBLE", "0.1"),
            entry("VARCHAR", "'It''s a \\\\ test'"),
            entry("TEXT", "'Ünï 😀'"),
            entry("ENUM", "'DARK_BLUE'"),
            entry("DATE", "'2024-02-29'"),
            entry("TIME", "'12:34:56.5'"),
            entry("TIMESTAMP", "'2024-02-29 12:34:56.123456'"),
            entry("TIMESTAMP_TZ", "'2024-06-01 06:30:00'"),
            entry("INSTANT", "'2024-06-01 06:30:00'"),
            entry("UUID", "'123e4567-e89b-12d3-a456-426614174000'"),
            entry("BINARY", "X'00017F80FF'"),
            entry("JSON", "'{\"a\": \"it''s\"}'"));
  }

  @Test
  void allowsLargerDecimalScalesThanMySql() {
    assertThat(types.ddlTypeName(SqlTypes.numeric(65, 38))).isEqualTo("DECIMAL(65, 38)");
  }
}
