package dev.cairn.core.sql.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialects;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Golden type names, CAST targets and literals of the sqlite dialect. */
class SqliteTypesTest {

  private final TypeDialect types = Dialects.SQLITE.types();

  @Test
  void ddlTypeNames() {
    assertThat(TypeGoldens.ddlNames(types))
        .containsExactly(
            entry("SMALLINT", "INTEGER"),
            entry("INTEGER", "INTEGER"),
            entry("BIGINT", "INTEGER"),
            entry("VARCHAR(50)", "TEXT"),
            entry("TEXT", "TEXT"),
            entry("BOOLEAN", "INTEGER"),
            entry("NUMERIC(10,2)", "NUMERIC"),
            entry("REAL", "REAL"),
            entry("DOUBLE", "REAL"),
            entry("DATE", "TEXT"),
            entry("TIME", "TEXT"),
            entry("TIMESTAMP", "TEXT"),
            entry("TIMESTAMP_TZ", "TEXT"),
            entry("INSTANT", "TEXT"),
            entry("UUID", "TEXT"),
            entry("BINARY", "BLOB"),
            entry("BINARY(16)", "BLOB"),
            entry("ENUM", "TEXT"),
            entry("JSON", "TEXT"));
  }

  @Test
  void castTypeNames() {
    assertThat(TypeGoldens.castNames(types))
        .containsExactly(
            entry("SMALLINT", "INTEGER"),
            entry("INTEGER", "INTEGER"),
            entry("BIGINT", "INTEGER"),
            entry("VARCHAR(50)", "TEXT"),
            entry("TEXT", "TEXT"),
            entry("BOOLEAN", "INTEGER"),
            entry("NUMERIC(10,2)", "NUMERIC"),
            entry("REAL", "REAL"),
            entry("DOUBLE", "REAL"),
            entry("DATE", "TEXT"),
            entry("TIME", "TEXT"),
            entry("TIMESTAMP", "TEXT"),
            entry("TIMESTAMP_TZ", "TEXT"),
            entry("INSTANT", "TEXT"),
            entry("UUID", "TEXT"),
            entry("BINARY", "BLOB"),
            entry("BINARY(16)", "BLOB"),
            entry("ENUM", "TEXT"),
            entry("JSON", "TEXT"));
  }

  @Test
  void literals() {
    assertThat(TypeGoldens.literals(types))
        .containsExactly(
            entry("SMALLINT", "-5"),
            entry("INTEGER", "42"),
            entry("BIGINT", "9223372036854775807"),
            entry("BOOLEAN true", "1"),
            entry("BOOLEAN false", "0"),
            entry("NUMERIC", "-12.50"),
            entry("REAL", "1.5"),
            entry("DOUBLE", "0.1"),
            entry("VARCHAR", "'It''s a \\ test'"),
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
  void datesOutsideFourDigitYearsAreRefused() {
    assertThatThrownBy(() -> types.literal(SqlTypes.DATE, LocalDate.of(10_000, 1, 1)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "sqlite cannot store a date in year 10000: dates are kept as 'YYYY-MM-DD' text, which"
                + " sorts correctly only for years 0000 to 9999; use a date in that range");
    assertThat(types.literal(SqlTypes.DATE, LocalDate.of(1, 1, 1))).isEqualTo("'0001-01-01'");
  }
}
