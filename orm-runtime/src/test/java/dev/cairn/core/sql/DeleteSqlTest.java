package dev.cairn.core.sql;

import static dev.cairn.core.sql.DmlTestTables.assertCompiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.DmlTestTables.Orders;
import dev.cairn.core.sql.DmlTestTables.Users;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteSqlTest {

  private static final List<Dialect> ALL =
      List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB, Dialects.SQLITE);

  private final Users users = new Users();

  @Test
  void deleteWithWhere() {
    Delete delete = Sql.deleteFrom(users).where(users.id.in(1L, 2L)).where(users.score.lt(3));
    for (Dialect dialect : ALL) {
      assertCompiles(
          delete,
          dialect,
          "DELETE FROM users WHERE users.id IN (?, ?) AND users.score < ?",
          1L,
          2L,
          3);
    }
    assertThat(delete.kind()).isEqualTo(StatementKind.DELETE);
    assertThat(delete.table()).isSameAs(users);
  }

  @Test
  void withoutWhereNeedsAll() {
    assertThatThrownBy(() -> Sql.deleteFrom(users).compile(Dialects.POSTGRESQL))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "DELETE FROM users has no WHERE clause; add .where(…) or call .all() to affect every"
                + " row");
    for (Dialect dialect : ALL) {
      assertCompiles(Sql.deleteFrom(users).all(), dialect, "DELETE FROM users");
    }
  }

  @Test
  void quotesReservedNames() {
    Orders orders = new Orders();
    Delete delete = Sql.deleteFrom(orders).where(orders.user.eq("ann"));
    assertCompiles(
        delete, Dialects.H2, "DELETE FROM \"order\" WHERE \"order\".\"user\" = ?", "ann");
    assertCompiles(delete, Dialects.MARIADB, "DELETE FROM `order` WHERE `order`.`user` = ?", "ann");
  }

  @Test
  void returningOnPostgresqlSqliteAndMariaDb() {
    Delete delete = Sql.deleteFrom(users).where(users.id.eq(1L)).returning(users.id, users.name);
    for (Dialect dialect : List.of(Dialects.POSTGRESQL, Dialects.SQLITE, Dialects.MARIADB)) {
      CompiledStatement compiled =
          assertCompiles(
              delete, dialect, "DELETE FROM users WHERE users.id = ? RETURNING id, name", 1L);
      assertThat(compiled.returning()).isEqualTo(ReturningMode.NATIVE);
      assertThat(compiled.resultColumns()).containsExactly(users.id, users.name);
    }
  }

  @Test
  void returningFailsOnH2AndMySql() {
    Delete delete = Sql.deleteFrom(users).where(users.id.eq(1L)).returning(users.id);
    for (Dialect dialect : List.of(Dialects.H2, Dialects.MYSQL)) {
      assertThatThrownBy(() -> delete.compile(dialect))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "DELETE FROM users … RETURNING id is not supported by "
                  + dialect.name()
                  + "; remove returning(...) and select the affected rows in the same"
                  + " transaction");
    }
  }

  @Test
  void structuralEquality() {
    Delete a = Sql.deleteFrom(users).where(users.id.eq(1L));
    assertThat(a).isEqualTo(Sql.deleteFrom(users).where(users.id.eq(1L)));
    assertThat(a.hashCode()).isEqualTo(Sql.deleteFrom(users).where(users.id.eq(1L)).hashCode());
    assertThat(a).isNotEqualTo(Sql.deleteFrom(users).where(users.id.eq(2L)));
  }
}
