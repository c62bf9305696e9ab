package dev.cairn.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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
   * {@code tickets(id generated, code with a client-side default, title)}, implemented directly on
   * {@link TableReference} because the kernel's schema {@code Table} cannot declare identity
   * columns or client defaults yet.
   */
  static final class Tickets implements TableReference {
    private final AtomicInteger codes = new AtomicInteger();
    final FakeColumn<Long> id = new FakeColumn<>(this, "id", SqlTypes.BIGINT, true, null);
    final FakeColumn<String> code =
        new FakeColumn<>(
            this, "code", SqlTypes.varchar(20), false, () -> "T-" + codes.incrementAndGet());
    final FakeColumn<String> title =
        new FakeColumn<>(this, "title", SqlTypes.varchar(50), false, null);

    @Override
    public String name() {
      return "tickets";
    }

    @Override
    public List<? extends ColumnReference<?>> columnReferences() {
      return List.of(id, code, title);
    }

    @Override
    public List<? extends ColumnReference<?>> primaryKeyReferences() {
      return List.of(id);
    }

    @Override
    public void render(RenderContext context) {
      context.identifier(name());
    }
  }

  /** A column of {@link Tickets}. */
  record FakeColumn<T>(
      TableReference tableReference,
      String name,
      SqlType<T> type,
      boolean generatedOnInsert,
      @Nullable Supplier<? extends T> clientDefault)
      implements ColumnReference<T> {

    @Override
    public void render(RenderContext context) {
      if (context.qualifyColumns()) {
        context.qualified(tableReference.name(), name);
      } else {
        context.identifier(name);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FakeColumn<?> other
          && other.tableReference == tableReference
          && other.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
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
