package dev.cairn.core.sql.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialects;
import org.junit.jupiter.api.Test;

/** Golden type names, CAST targets and literals of the h2 dialect. */
class H2TypesTest {

  private final TypeDialect types = Dialects.H2.types();

  @Test
  void ddlTypeNames() {
    assertThat(TypeGoldens.ddlNames(types))
        .containsExactly(
            entry("SMALLINT", "SMALLINT"),
            entry("INTEGER", "INTEGER"),
            entry("BIGINT", "BIGINT"),
            entry("VARCHAR(50)", "VARCHAR(50)"),
            entry("TEXT", "CHARACTER VARYING"),
            entry("BOOLEAN", "BOOLEAN"),
            entry("NUMERIC(10,2)", "NUMERIC(10, 2)"),
            entry("REAL", "REAL"),
            entry("DOUBLE", "DOUBLE PRECISION"),
            entry("DATE", "DATE"),
            entry("TIME", "TIME(6)"),
            entry("TIMESTAMP", "TIMESTAMP(6)"),
            entry("TIMESTAMP_TZ", "TIMESTAMP(6) WITH TIME ZONE"),
            entry("INSTANT", "TIMESTAMP(6) WITH TIME ZONE"),
            entry("UUID", "UUID"),
            entry("BINARY", "BINARY LARGE OBJECT"),
            entry("BINARY(16)", "BINARY VARYING(16)"),
            entry("ENUM", "VARCHAR(9)"),
            entry("JSON", "CHARACTER VARYING"));
  }

  @Test
  void castTypeNames() {
    assertThat(TypeGoldens.castNames(types))
        .containsExactly(
            entry("SMALLINT", "SMALLINT"),
            entry("INTEGER", "INTEGER"),
            entry("BIGINT", "BIGINT"),
            entry("VARCHAR(50)", "VARCHAR(50)"),
            entry("TEXT", "CHARACTER VARYING"),
            entry("BOOLEAN", "BOOLEAN"),
            entry("NUMERIC(10,2)", "NUMERIC(10, 2)"),
            entry("REAL", "REAL"),
            entry("DOUBLE", "DOUBLE PRECISION"),
            entry("DATE", "DATE"),
            entry("TIME", "TIME(6)"),
            entry("TIMESTAMP", "TIMESTAMP(6)"),
            entry("TIMESTAMP_TZ", "TIMESTAMP(6) WITH TIME ZONE"),
            entry("INSTANT", "TIMESTAMP(6) WITH TIME ZONE"),
            entry("UUID", "UUID"),
            entry("BINARY", "BINARY LARGE OBJECT"),
            entry("BINARY(16)", "BINARY VARYING(16)"),
            entry("ENUM", "VARCHAR(9)"),
            entry("JSON", "CHARACTER VARYING"));
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
            entry("VARCHAR", "'It''s a \\ test'"),
            entry("TEXT", "'Ünï 😀'"),
            entry("ENUM", "'DARK_BLUE'"),
            entry("DATE", "DATE '2024-02-29'"),
            entry("TIME", "TIME '12:34:56.5'"),
            entry("TIMESTAMP", "TIMESTAMP '2024-02-29 12:34:56.123456'"),
            entry("TIMESTAMP_TZ", "TIMESTAMP WITH TIME ZONE '2024-06-01 12:00:00+05:30'"),
            entry("INSTANT", "TIMESTAMP WITH TIME ZONE '2024-06-01 06:30:00+00:00'"),
            entry("UUID", "'123e4567-e89b-12d3-a456-426614174000'"),
            entry("BINARY", "X'00017F80FF'"),
            entry("JSON", "'{\"a\": \"it''s\"}'"));
  }

  @Test
  void refusesSizesBeyondH2Limits() {
    assertThatThrownBy(() -> types.ddlTypeName(SqlTypes.varchar(1_000_001)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "h2 cannot store VARCHAR(1000001): VARCHAR holds at most 1000000 characters here;"
                + " use SqlTypes.TEXT or a shorter length");
    assertThat(types.ddlTypeName(SqlTypes.varchar(1_000_000))).isEqualTo("VARCHAR(1000000)");
  }

  @Test
  void objectHasNoColumnType() {
    assertThatThrownBy(() -> types.ddlTypeName(SqlTypes.OBJECT))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "OBJECT (a value of unknown type) has no h2 type for a column type; declare a"
                + " concrete SqlType from SqlTypes");
  }
}
