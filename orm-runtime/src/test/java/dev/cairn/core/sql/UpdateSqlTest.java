package dev.cairn.core.sql;

import static dev.cairn.core.sql.DmlTestTables.assertCompiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.DmlTestTables.Archive;
import dev.cairn.core.sql.DmlTestTables.Users;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateSqlTest {

  private static final List<Dialect> ALL =
      List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB, Dialects.SQLITE);

  private final Users users = new Users();

  @Test
  void setWithWhere() {
    Update update = Sql.update(users).set(users.name, "ann").where(users.id.eq(1L));
    for (Dialect dialect : ALL) {
      assertCompiles(update, dialect, "UPDATE users SET name = ? WHERE users.id = ?", "ann", 1L);
    }
    assertThat(update.kind()).isEqualTo(StatementKind.UPDATE);
  }

  @Test
  void severalWhereCallsAreCombinedWithAnd() {
    Update update =
        Sql.update(users)
            .set(users.score, 5)
            .set(users.name, "ann")
            .where(users.id.gt(1L))
            .where(users.score.isNull().or(users.score.lt(5)));
    assertCompiles(
        update,
        Dialects.POSTGRESQL,
        "UPDATE users SET score = ?, name = ? WHERE users.id > ? AND (users.score IS NULL OR"
            + " users.score < ?)",
        5,
        "ann",
        1L,
        5);
  }

  @Test
  void setToExpressionsAndNamedParameters() {
    Update update =
        Sql.update(users)
            .set(users.name, Sql.param("name", SqlTypes.varchar(50)))
            .set(users.score, Sql.value(SqlTypes.INTEGER, 7))
            .where(users.id.eq(Sql.param("id", SqlTypes.BIGINT)));
    assertCompiles(
        update,
        Dialects.MARIADB,
        "UPDATE users SET name = ?, score = ? WHERE users.id = ?",
        ":name",
        7,
        ":id");
  }

  @Test
  void setFromMapKeepsTheMapOrder() {
    Map<ColumnReference<?>, Object> values = new LinkedHashMap<>();
    values.put(users.score, 3);
    values.put(users.name, "bob");
    Update update = Sql.update(users).set(values).where(users.id.eq(2L));
    assertCompiles(
        update,
        Dialects.H2,
        "UPDATE users SET score = ?, name = ? WHERE users.id = ?",
        3,
        "bob",
        2L);
  }

  @Test
  void setNull() {
    Update update = Sql.update(users).setNull(users.score).where(users.id.eq(1L));
    assertCompiles(
        update, Dialects.SQLITE, "UPDATE users SET score = ? WHERE users.id = ?", null, 1L);
  }

  @Test
  void withoutWhereNeedsAll() {
    Update update = Sql.update(users).set(users.score, 0);
    assertThatThrownBy(() -> update.compile(Dialects.H2))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "UPDATE users has no WHERE clause; add .where(…) or call .all() to affect every row");
    for (Dialect dialect : ALL) {
      assertCompiles(update.all(), dialect, "UPDATE users SET score = ?", 0);
    }
  }

  @Test
  void withoutSetFails() {
    assertThatThrownBy(() -> Sql.update(users).all().compile(Dialects.SQLITE))
        .isInstanceOf(CairnException.class)
        .hasMessage("UPDATE users sets no column; add .set(column, value)");
  }

  @Test
  void columnOfAnotherTableIsRejected() {
    Archive archive = new Archive();
    assertThatThrownBy(() -> Sql.update(users).set(archive.name, "x"))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Column archive.name is not a column of table users; UPDATE users can only set its"
                + " own columns");
  }

  @Test
  void returningOnPostgresqlAndSqlite() {
    Update update =
        Sql.update(users)
            .set(users.score, 1)
            .where(users.id.eq(1L))
            .returning(users.id, users.score);
    for (Dialect dialect : List.of(Dialects.POSTGRESQL, Dialects.SQLITE)) {
      CompiledStatement compiled =
          assertCompiles(
              update,
              dialect,
              "UPDATE users SET score = ? WHERE users.id = ? RETURNING id, score",
              1,
              1L);
      assertThat(compiled.returning()).isEqualTo(ReturningMode.NATIVE);
      assertThat(compiled.resultColumns()).containsExactly(users.id, users.score);
    }
  }

  @Test
  void returningFailsOnH2MySqlAndMariaDb() {
    Update update =
        Sql.update(users).set(users.score, 1).where(users.id.eq(1L)).returning(users.id);
    for (Dialect dialect : List.of(Dialects.H2, Dialects.MYSQL, Dialects.MARIADB)) {
      assertThatThrownBy(() -> update.compile(dialect))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "UPDATE users … RETURNING id is not supported by "
                  + dialect.name()
                  + "; remove returning(...) and select the affected rows in the same"
                  + " transaction");
    }
  }

  @Test
  void structuralEquality() {
    Update a = Sql.update(users).set(users.score, 1).where(users.id.eq(1L));
    Update b = Sql.update(users).set(users.score, 1).where(users.id.eq(1L));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Sql.update(users).set(users.score, 2).where(users.id.eq(1L)));
    assertThat(a.all()).isNotEqualTo(a);
  }
}
