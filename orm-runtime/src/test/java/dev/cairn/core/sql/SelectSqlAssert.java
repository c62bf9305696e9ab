package dev.cairn.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import java.util.Arrays;
import java.util.List;

/** Golden-SQL assertions in the spirit of SQLAlchemy's {@code assert_compile}. */
final class SelectSqlAssert {

  static final List<Dialect> ALL =
      List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB, Dialects.SQLITE);

  private SelectSqlAssert() {}

  /** {@code statement} compiles to {@code sql} with {@code parameters} on {@code dialect}. */
  static void assertSql(Statement statement, Dialect dialect, String sql, Object... parameters) {
    CompiledStatement compiled = statement.compile(dialect);
    assertThat(compiled.sql()).as("SQL on %s", dialect).isEqualTo(sql);
    assertThat(compiled.parameters().stream().map(Parameter::value).toList())
        .as("parameters on %s", dialect)
        .isEqualTo(Arrays.asList(parameters));
  }

  /** {@code statement} compiles to the same {@code sql} and parameters on every dialect. */
  static void assertSqlEverywhere(Statement statement, String sql, Object... parameters) {
    for (Dialect dialect : ALL) {
      assertSql(statement, dialect, sql, parameters);
    }
  }
}
