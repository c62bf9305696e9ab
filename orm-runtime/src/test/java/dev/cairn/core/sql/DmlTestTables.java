package dev.cairn.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tables and a golden-SQL assertion shared by the INSERT/UPDATE/DELETE/upsert/text SQL tests. */
final class DmlTestTables {

  private DmlTestTables() {}

  /** {@code users(id BIGINT PK, name VARCHAR(50) NOT NULL, score INTEGER)}. */
  static final class Users extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
    final Column<String> name = column("name", SqlTypes.varchar(50)).notNull();
    final Column<Integer> score = column("score", SqlTypes.INTEGER);

    Users() {
      super("users");
    }
  }

  /** {@code archive(id, name)}: the target of INSERT … SELECT. */
  static final class Archive extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
    final Column<String> name = column("name", SqlTypes.varchar(50));

    Archive() {
      super("archive");
    }
  }

  /** {@code "order"(id, "user", total)}: names every dialect must quote. */
  static final class Orders extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
    final Column<String> user = column("user", SqlTypes.TEXT);
    final Column<Integer> total = column("total", SqlTypes.INTEGER);

    Orders() {
      super("order");
    }
  }

  /**
   * The compiled SQL and its parameters; a named parameter shows as {@code ":name"}, a fixed one as
   * its value.
   */
  static List<Object> parameters(CompiledStatement compiled) {
    List<Object> values = new ArrayList<>();
    for (Parameter parameter : compiled.parameters()) {
      values.add(parameter.isNamed() ? ":" + parameter.name() : parameter.value());
    }
    return values;
  }

  /** Asserts the exact SQL and parameter values of {@code statement} in {@code dialect}. */
  static CompiledStatement assertCompiles(
      Statement statement, SqlDialect dialect, String sql, Object... parameters) {
    CompiledStatement compiled = statement.compile(dialect);
    assertThat(compiled.sql()).as("SQL in %s", dialect.name()).isEqualTo(sql);
    assertThat(parameters(compiled))
        .as("parameters in %s", dialect.name())
        .isEqualTo(Arrays.asList(parameters));
    return compiled;
  }
}
