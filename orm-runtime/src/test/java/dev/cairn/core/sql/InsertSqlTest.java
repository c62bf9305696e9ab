package dev.cairn.core.sql;

import static dev.cairn.core.sql.DmlTestTables.assertCompiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.DmlTestTables.Archive;
import dev.cairn.core.sql.DmlTestTables.Orders;
import dev.cairn.core.sql.DmlTestTables.Users;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsertSqlTest {

  private static final List<Dialect> ALL =
      List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB, Dialects.SQLITE);

  private final Users users = new Users();
  private final Archive archive = new Archive();

  @Test
  void singleRowWithTypedSet() {
    Insert insert = Sql.insertInto(users).set(users.id, 1L).set(users.name, "ann");
    for (Dialect dialect : ALL) {
      assertCompiles(insert, dialect, "INSERT INTO users (id, name) VALUES (?, ?)", 1L, "ann");
    }
    assertThat(insert.kind()).isEqualTo(StatementKind.INSERT);
    assertThat(insert.resultColumns()).isEmpty();
    assertThat(insert.compile(Dialects.H2).returning()).isEqualTo(ReturningMode.NONE);
  }

  @Test
  void settingAColumnAgainReplacesItsValueInPlace() {
    Insert insert =
        Sql.insertInto(users).set(users.id, 1L).set(users.name, "ann").set(users.id, 2L);
    assertCompiles(
        insert, Dialects.POSTGRESQL, "INSERT INTO users (id, name) VALUES (?, ?)", 2L, "ann");
  }

  @Test
  void nullAndExpressionValues() {
    Insert insert =
        Sql.insertInto(users)
            .set(users.id, 1L)
            .set(users.name, Sql.value(SqlTypes.varchar(50), "x"))
            .setNull(users.score);
    assertCompiles(
        insert,
        Dialects.MARIADB,
        "INSERT INTO users (id, name, score) VALUES (?, ?, ?)",
        1L,
        "x",
        null);
  }

  @Test
  void multiRowFromMapsAndTypedRows() {
    Map<ColumnReference<?>, Object> first = new LinkedHashMap<>();
    first.put(users.id, 1L);
    first.put(users.name, "ann");
    Map<ColumnReference<?>, Object> second = new LinkedHashMap<>();
    second.put(users.name, "bob");
    second.put(users.id, 2L);
    Insert fromMaps = Sql.insertInto(users).values(List.of(first, second));
    Insert fromRows =
        Sql.insertInto(users)
            .row(Sql.rowValues().set(users.id, 1L).set(users.name, "ann"))
            .rows(List.of(Sql.rowValues().set(users.name, "bob").set(users.id, 2L)));
    for (Dialect dialect : ALL) {
      for (Insert insert : List.of(fromMaps, fromRows)) {
        assertCompiles(
            insert,
            dialect,
            "INSERT INTO users (id, name) VALUES (?, ?), (?, ?)",
            1L,
            "ann",
            2L,
            "bob");
      }
    }
    assertThat(fromMaps).isEqualTo(fromRows).hasSameHashCodeAs(fromRows);
  }

  @Test
  void rowsMustGiveTheSameColumns() {
    Insert insert =
        Sql.insertInto(users)
            .row(Sql.rowValues().set(users.id, 1L).set(users.name, "ann"))
            .row(Sql.rowValues().set(users.id, 2L).set(users.score, 3));
    assertThatThrownBy(() -> insert.compile(Dialects.H2))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "INSERT INTO users: row 2 gives columns [id, score] but row 1 gives [id, name];"
                + " every row of a multi-row insert must give the same columns");
  }

  @Test
  void mapValueOfTheWrongTypeIsRejectedNamingTheColumn() {
    assertThatThrownBy(() -> Sql.insertInto(users).values(Map.of(users.name, 42)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Value for column users.name is a java.lang.Integer but the column holds"
                + " java.lang.String (VARCHAR(50)); pass a value of that type or an Expression");
  }

  @Test
  void columnOfAnotherTableIsRejected() {
    assertThatThrownBy(() -> Sql.insertInto(users).set(archive.id, 1L))
        .isInstanceOf(CairnException.class)
        .hasMessageStartingWith("Column archive.id is not a column of table users");
  }

  @Test
  void namedParametersForExecuteMany() {
    Insert insert =
        Sql.insertInto(users)
            .set(users.id, Sql.param("id", SqlTypes.BIGINT))
            .set(users.name, Sql.param("name", SqlTypes.varchar(50)));
    CompiledStatement compiled =
        assertCompiles(
            insert, Dialects.SQLITE, "INSERT INTO users (id, name) VALUES (?, ?)", ":id", ":name");
    assertThat(compiled.parameters()).allMatch(Parameter::isNamed);
    assertThat(compiled.parameters().get(1).type()).isEqualTo(SqlTypes.varchar(50));
  }

  @Test
  void defaultValuesWhenNoColumnIsGiven() {
    Insert insert = Sql.insertInto(users);
    assertCompiles(insert, Dialects.H2, "INSERT INTO users DEFAULT VALUES");
    assertCompiles(insert, Dialects.POSTGRESQL, "INSERT INTO users DEFAULT VALUES");
    assertCompiles(insert, Dialects.SQLITE, "INSERT INTO users DEFAULT VALUES");
    assertCompiles(insert, Dialects.MYSQL, "INSERT INTO users () VALUES ()");
    assertCompiles(insert, Dialects.MARIADB, "INSERT INTO users () VALUES ()");
  }

  @Test
  void quotesReservedTableAndColumnNames() {
    Orders orders = new Orders();
    Insert insert = Sql.insertInto(orders).set(orders.id, 1L).set(orders.user, "ann");
    assertCompiles(
        insert,
        Dialects.POSTGRESQL,
        "INSERT INTO \"order\" (id, \"user\") VALUES (?, ?)",
        1L,
        "ann");
    assertCompiles(
        insert, Dialects.MYSQL, "INSERT INTO `order` (id, `user`) VALUES (?, ?)", 1L, "ann");
  }

  @Test
  void insertFromSelect() {
    Statement select =
        Sql.text("SELECT id, name FROM users WHERE score > :min")
            .bind("min", 10)
            .columns(users.id, users.name);
    Insert insert = Sql.insertInto(archive).columns(archive.id, archive.name).select(select);
    for (Dialect dialect : ALL) {
      assertCompiles(
          insert,
          dialect,
          "INSERT INTO archive (id, name) SELECT id, name FROM users WHERE score > ?",
          10);
    }
  }

  @Test
  void insertFromSelectChecksKindAndColumnCount() {
    assertThatThrownBy(() -> Sql.insertInto(archive).select(Sql.deleteFrom(users).all()))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "INSERT INTO archive … SELECT needs a SELECT statement, got a DELETE statement;"
                + " pass a query built with Sql.select(…)");
    Statement select = Sql.text("SELECT id FROM users").columns(users.id);
    Insert insert = Sql.insertInto(archive).columns(archive.id, archive.name).select(select);
    assertThatThrownBy(() -> insert.compile(Dialects.H2))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "INSERT INTO archive names 2 columns [id, name] but its SELECT returns 1 columns;"
                + " make the two lists match");
  }

  @Test
  void returningIsNativeWhereTheDialectHasIt() {
    Insert insert =
        Sql.insertInto(users).set(users.id, 1L).set(users.name, "ann").returning(users.id);
    for (Dialect dialect : List.of(Dialects.POSTGRESQL, Dialects.SQLITE, Dialects.MARIADB)) {
      CompiledStatement compiled =
          assertCompiles(
              insert,
              dialect,
              "INSERT INTO users (id, name) VALUES (?, ?) RETURNING id",
              1L,
              "ann");
      assertThat(compiled.returning()).isEqualTo(ReturningMode.NATIVE);
      assertThat(compiled.returnsRows()).isTrue();
      assertThat(compiled.resultColumns()).containsExactly(users.id);
    }
  }

  @Test
  void returningOtherThanGeneratedKeysFailsWhereTheDialectLacksIt() {
    Insert insert =
        Sql.insertInto(users).set(users.id, 1L).set(users.name, "ann").returning(users.name);
    for (Dialect dialect : List.of(Dialects.H2, Dialects.MYSQL)) {
      assertThatThrownBy(() -> insert.compile(dialect))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "INSERT INTO users … RETURNING name is not supported by "
                  + dialect.name()
                  + "; return only columns the database generates on insert (read through JDBC"
                  + " generated keys), or select the inserted rows afterwards in the same"
                  + " transaction");
    }
  }

  @Test
  void structuralEquality() {
    Insert a = Sql.insertInto(users).set(users.id, 1L).set(users.name, "ann");
    Insert b = Sql.insertInto(users).set(users.id, 1L).set(users.name, "ann");
    Insert c = Sql.insertInto(users).set(users.name, "ann").set(users.id, 1L);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.returning(users.id)).isNotEqualTo(a);
  }
}
