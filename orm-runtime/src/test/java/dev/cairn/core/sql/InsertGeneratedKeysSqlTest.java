package dev.cairn.core.sql;

import static dev.cairn.core.sql.DmlTestTables.assertCompiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.DmlTestTables.Tickets;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsertGeneratedKeysSqlTest {

  private final Tickets tickets = new Tickets();

  @Test
  void generatedKeyColumnsAreReadThroughJdbcWhereReturningIsMissing() {
    Insert insert = Sql.insertInto(tickets).set(tickets.code, "A").returning(tickets.id);
    for (Dialect dialect : List.of(Dialects.H2, Dialects.MYSQL)) {
      CompiledStatement compiled =
          assertCompiles(insert, dialect, "INSERT INTO tickets (code) VALUES (?)", "A");
      assertThat(compiled.returning()).isEqualTo(ReturningMode.GENERATED_KEYS);
      assertThat(compiled.generatedKeyColumns()).containsExactly("id");
      assertThat(compiled.resultColumns()).containsExactly(tickets.id);
      assertThat(compiled.returnsRows()).isTrue();
    }
    for (Dialect dialect : List.of(Dialects.POSTGRESQL, Dialects.SQLITE, Dialects.MARIADB)) {
      CompiledStatement compiled =
          assertCompiles(
              insert, dialect, "INSERT INTO tickets (code) VALUES (?) RETURNING id", "A");
      assertThat(compiled.returning()).isEqualTo(ReturningMode.NATIVE);
      assertThat(compiled.generatedKeyColumns()).isEmpty();
    }
  }

  @Test
  void aNonGeneratedColumnBesideTheKeyStillFailsWithoutReturning() {
    Insert insert =
        Sql.insertInto(tickets).set(tickets.code, "A").returning(tickets.id, tickets.code);
    assertThatThrownBy(() -> insert.compile(Dialects.MYSQL))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith(
            "INSERT INTO tickets … RETURNING id, code is not supported by mysql");
  }

  @Test
  void clientDefaultsFillColumnsNotGivenOncePerRow() {
    Insert insert =
        Sql.insertInto(tickets)
            .row(Sql.rowValues().set(tickets.title, "first"))
            .row(Sql.rowValues().set(tickets.title, "second").set(tickets.code, "MINE"));
    assertCompiles(
        insert,
        Dialects.POSTGRESQL,
        "INSERT INTO tickets (title, code) VALUES (?, ?), (?, ?)",
        "first",
        "T-1",
        "second",
        "MINE");
  }

  @Test
  void clientDefaultsFillAnInsertWithoutColumnsAndAnUpsert() {
    assertCompiles(
        Sql.insertInto(tickets), Dialects.MYSQL, "INSERT INTO tickets (code) VALUES (?)", "T-1");
    Upsert upsert = Sql.upsert(tickets).set(tickets.id, 7L).set(tickets.title, "x").doUpdate();
    assertCompiles(
        upsert,
        Dialects.SQLITE,
        "INSERT INTO tickets (id, title, code) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            + " title = excluded.title",
        7L,
        "x",
        "T-2");
  }

  @Test
  void clientDefaultsAreProducedWhenBoundNotWhenCompiled() {
    CompiledStatement compiled =
        Sql.insertInto(tickets).set(tickets.title, "t").compile(Dialects.H2);
    assertThat(compiled.sql()).isEqualTo("INSERT INTO tickets (title, code) VALUES (?, ?)");
    Parameter code = compiled.parameters().get(1);
    assertThat(code.isSupplied()).isTrue();
    assertThat(code.isNamed()).isFalse();
    assertThat(code.value()).isNull();
    assertThat(code.resolve()).isEqualTo("T-1");
    assertThat(code.resolve()).isEqualTo("T-2");
    assertThat(compiled.parameters().get(0).isSupplied()).isFalse();
    assertThat(compiled.parameters().get(0).resolve()).isEqualTo("t");
  }

  @Test
  void aClientDefaultProducingNullFailsNamingTheColumnWhenBound() {
    Table things = new Table("things");
    things.column("label", SqlTypes.TEXT).defaultSupplier(() -> null);
    Parameter parameter = Sql.insertInto(things).compile(Dialects.H2).parameters().get(0);
    assertThatThrownBy(parameter::resolve)
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith("The client-side default of column things.label produced null");
  }
}
