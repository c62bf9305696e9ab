package dev.cairn.core.sql;

import static dev.cairn.core.sql.EngineRows.execute;
import static dev.cairn.core.sql.EngineRows.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.DmlTestTables.Users;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;

class UpdateDeleteDatabaseTest {

  private final Users users = new Users();

  private void seed(TestDb db) {
    DmlTestTables.createTables(db);
    db.executeJdbc(
        "INSERT INTO users (id, name, score) VALUES (1, 'ann', 1), (2, 'bob', 2), (3, 'cy', 3)");
  }

  @DatabaseTest
  void updatesWithValuesAndExpressions(TestDb db) {
    seed(db);
    Update bump = Sql.update(users).set(users.score, users.score.plus(10)).where(users.id.ge(2L));
    assertThat(execute(db, bump)).isEqualTo(2);
    assertThat(
            execute(
                db,
                Sql.update(users)
                    .set(users.name, "ANN")
                    .setNull(users.score)
                    .where(users.id.eq(1L))))
        .isEqualTo(1);
    assertThat(query(db, "SELECT id, name, score FROM users ORDER BY id"))
        .containsExactly("1|ANN|null", "2|bob|12", "3|cy|13");
    assertThat(execute(db, Sql.update(users).set(users.score, 0).all())).isEqualTo(3);
    assertThat(query(db, "SELECT SUM(score) FROM users")).containsExactly("0");
  }

  @DatabaseTest
  void deletes(TestDb db) {
    seed(db);
    assertThat(execute(db, Sql.deleteFrom(users).where(users.name.in("ann", "cy")))).isEqualTo(2);
    assertThat(query(db, "SELECT id FROM users")).containsExactly("2");
    assertThat(execute(db, Sql.deleteFrom(users).all())).isEqualTo(1);
    assertThat(query(db, "SELECT COUNT(*) FROM users")).containsExactly("0");
  }

  @DatabaseTest
  void updateReturningWhereTheDatabaseHasIt(TestDb db) {
    seed(db);
    Update update =
        Sql.update(users)
            .set(users.score, users.score.plus(1))
            .where(users.id.eq(2L))
            .returning(users.id, users.score);
    if (db.dialect().dml().supportsUpdateReturning()) {
      assertThat(EngineRows.lines(db, update)).containsExactly("2|3");
      assertThat(query(db, "SELECT score FROM users WHERE id = 2")).containsExactly("3");
    } else {
      assertThatThrownBy(() -> EngineRows.lines(db, update))
          .isInstanceOf(CairnException.class)
          .hasMessageStartingWith(
              "UPDATE users … RETURNING id, score is not supported by " + db.dialect().name());
      assertThat(query(db, "SELECT score FROM users WHERE id = 2")).containsExactly("2");
    }
  }

  @DatabaseTest
  void deleteReturningWhereTheDatabaseHasIt(TestDb db) {
    seed(db);
    Delete delete = Sql.deleteFrom(users).where(users.id.lt(3L)).returning(users.name);
    if (db.dialect().dml().supportsDeleteReturning()) {
      assertThat(EngineRows.lines(db, delete)).containsExactlyInAnyOrder("ann", "bob");
      assertThat(query(db, "SELECT id FROM users")).containsExactly("3");
    } else {
      assertThatThrownBy(() -> EngineRows.lines(db, delete))
          .isInstanceOf(CairnException.class)
          .hasMessageStartingWith(
              "DELETE FROM users … RETURNING name is not supported by " + db.dialect().name());
      assertThat(query(db, "SELECT COUNT(*) FROM users")).containsExactly("3");
    }
  }
}
