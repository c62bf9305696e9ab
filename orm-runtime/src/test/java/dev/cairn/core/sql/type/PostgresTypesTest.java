package dev.cairn.core.sql.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialects;
import org.junit.jupiter.api.Test;

/** Golden type names, CAST targets and literals of the postgresql dialect. */
class PostgresTypesTest {

  private final TypeDialect types = Dialects.POSTGRESQL.types();

  @Test
  void ddlTypeNames() {
    assertThat(TypeGoldens.ddlNames(types))
        .containsExactly(
            entry("SMALLINT", "SMALLINT"),
            entry("INTEGER", "INTEGER"),
            entry("BIGINT", "BIGINT"),
            entry("VARCHAR(50)", "VARCHAR(50)"),
            entry("TEXT", "TEXT"),
            entry("BOOLEAN", "BOOLEAN"),
            entry("NUMERIC(10,2)", "NUMERIC(10, 2)"),
            entry("REAL", "REAL"),
            entry("DOUBLE", "DOUBLE PRECISION"),
            entry("DATE", "DATE"),
            entry("TIME", "TIME"),
            entry("TIMESTAMP", "TIMESTAMP"),
            entry("TIMESTAMP_TZ", "TIMESTAMP WITH TIME ZONE"),
            entry("INSTANT", "TIMESTAMP WITH TIME ZONE"),
            entry("UUID", "UUID"),
            entry("BINARY", "BYTEA"),
            entry("BINARY(16)", "BYTEA"),
            entry("ENUM", "VARCHAR(9)"),
            entry("JSON", "JSONB"));
  }

  @Test
  void castTypeNames() {
    assertThat(TypeGoldens.castNames(types))
        .containsExactly(
            entry("SMALLINT", "SMALLINT"),
            entry("INTEGER", "INTEGER"),
            entry("BIGINT", "BIGINT"),
            entry("VARCHAR(50)", "VARCHAR(50)"),
            entry("TEXT", "TEXT"),
            entry("BOOLEAN", "BOOLEAN"),
            entry("NUMERIC(10,2)", "NUMERIC(10, 2)"),
            entry("REAL", "REAL"),
            entry("DOUBLE", "DOUBLE PRECISION"),
            entry("DATE", "DATE"),
            entry("TIME", "TIME"),
            entry("TIMESTAMP", "TIMESTAMP"),
            entry("TIMESTAMP_TZ", "TIMESTAMP WITH TIME ZONE"),
            entry("INSTANT", "TIMESTAMP WITH TIME ZONE"),
            entry("UUID", "UUID"),
            entry("BINARY", "BYTEA"),
            entry("BINARY(16)", "BYTEA"),
            entry("ENUM", "VARCHAR(9)"),
            entry("JSON", "JSONB"));
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
            entry("VARCHAR", "E'It''s a \\\\ test'"),
            entry("TEXT", "'Ünï 😀'"),
            entry("ENUM", "'DARK_BLUE'"),
            entry("DATE", "DATE '2024-02-29'"),
            entry("TIME", "TIME '12:34:56.5'"),
            entry("TIMESTAMP", "TIMESTAMP '2024-02-29 12:34:56.123456'"),
            entry("TIMESTAMP_TZ", "TIMESTAMP WITH TIME ZONE '2024-06-01 12:00:00+05:30'"),
            entry("INSTANT", "TIMESTAMP WITH TIME ZONE '2024-06-01 06:30:00+00:00'"),
            entry("UUID", "'123e4567-e89b-12d3-a456-426614174000'"),
            entry("BINARY", "'\\x00017f80ff'::BYTEA"),
            entry("JSON", "'{\"a\": \"it''s\"}'"));
  }

  @Test
  void nonFiniteFloatsHaveCastLiterals() {
    assertThat(types.literal(SqlTypes.DOUBLE, Double.NaN)).isEqualTo("'NaN'::DOUBLE PRECISION");
    assertThat(types.literal(SqlTypes.REAL, Float.NEGATIVE_INFINITY))
        .isEqualTo("'-Infinity'::REAL");
    assertThat(types.literal(SqlTypes.DOUBLE, Double.POSITIVE_INFINITY))
        .isEqualTo("'Infinity'::DOUBLE PRECISION");
  }

  @Test
  void refusesNumericBeyondPostgresLimits() {
    assertThatThrownBy(() -> types.ddlTypeName(SqlTypes.numeric(1001, 0)))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith(
            "postgresql cannot store NUMERIC(1001,0): NUMERIC precision is at most 1000");
  }
}
