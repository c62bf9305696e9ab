package dev.cairn.core.sql;

import static dev.cairn.core.sql.EngineRows.execute;
import static dev.cairn.core.sql.EngineRows.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.IntegrityViolationException;
import dev.cairn.core.sql.DmlTestTables.Users;
import dev.cairn.core.sql.UpsertSqlTest.Memberships;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;

class UpsertDatabaseTest {

  private final Users users = new Users();

  private Upsert user(long id, String name, int score) {
    return Sql.upsert(users).set(users.id, id).set(users.name, name).set(users.score, score);
  }

  @DatabaseTest
  void doUpdateInsertsThenUpdates(TestDb db) {
    DmlTestTables.createTables(db);
    execute(db, user(1L, "ann", 1).onConflict(users.id).doUpdate(users.name, users.score));
    assertThat(query(db, "SELECT id, name, score FROM users")).containsExactly("1|ann|1");
    execute(db, user(1L, "anne", 2).onConflict(users.id).doUpdate(users.name, users.score));
    assertThat(query(db, "SELECT id, name, score FROM users")).containsExactly("1|anne|2");
  }

  @DatabaseTest
  void doUpdateSetCombinesTheExistingRowWithTheValueTried(TestDb db) {
    DmlTestTables.createTables(db);
    Upsert add =
        user(1L, "ann", 5).doUpdateSet(users.score, users.score.plus(Sql.excluded(users.score)));
    execute(db, add);
    execute(db, add);
    execute(db, add);
    assertThat(query(db, "SELECT id, name, score FROM users")).containsExactly("1|ann|15");
  }

  @DatabaseTest
  void doNothingKeepsTheExistingRow(TestDb db) {
    DmlTestTables.createTables(db);
    execute(db, user(1L, "ann", 1).onConflict(users.id).doNothing());
    execute(db, user(1L, "other", 9).onConflict(users.id).doNothing());
    execute(db, user(2L, "bob", 2).onConflict(users.id).doNothing());
    assertThat(query(db, "SELECT id, name, score FROM users ORDER BY id"))
        .containsExactly("1|ann|1", "2|bob|2");
  }

  @DatabaseTest
  void nullValuesAreUpserted(TestDb db) {
    DmlTestTables.createTables(db);
    Upsert upsert = Sql.upsert(users).set(users.id, 3L).set(users.name, "x").setNull(users.score);
    execute(db, upsert.doUpdate());
    execute(db, upsert.set(users.name, "y").doUpdate());
    assertThat(query(db, "SELECT id, name, score FROM users")).containsExactly("3|y|null");
  }

  @DatabaseTest
  void doNothingStillReportsOtherErrors(TestDb db) {
    DmlTestTables.createTables(db);
    Upsert nullName =
        Sql.upsert(users).set(users.id, 1L).setNull(users.name).onConflict(users.id).doNothing();
    assertThatThrownBy(() -> execute(db, nullName))
        .isInstanceOf(IntegrityViolationException.class)
        .hasMessageContaining("(" + db.dialect().name() + ")")
        .hasMessageMatching("(?is).*\\bname\\b.*null.*|(?is).*null.*\\bname\\b.*");
    assertThat(query(db, "SELECT COUNT(*) FROM users")).containsExactly("0");
  }

  @DatabaseTest
  void multiRowUpsertWithACompositeKey(TestDb db) {
    DmlTestTables.createTables(db);
    Memberships m = new Memberships();
    db.executeJdbc("INSERT INTO memberships (user_id, group_id, role) VALUES (1, 2, 'old')");
    Upsert upsert =
        Sql.upsert(m)
            .row(Sql.rowValues().set(m.userId, 1L).set(m.groupId, 2L).set(m.role, "admin"))
            .row(Sql.rowValues().set(m.userId, 1L).set(m.groupId, 3L).set(m.role, "member"))
            .doUpdate();
    execute(db, upsert);
    assertThat(query(db, "SELECT user_id, group_id, role FROM memberships ORDER BY group_id"))
        .containsExactly("1|2|admin", "1|3|member");
  }

  @DatabaseTest
  void returningWhereTheDatabaseHasIt(TestDb db) {
    DmlTestTables.createTables(db);
    db.executeJdbc("INSERT INTO users (id, name, score) VALUES (1, 'ann', 1)");
    Upsert upsert = user(1L, "anne", 7).doUpdate().returning(users.id, users.name);
    if (db.dialect().dml().supportsUpsertReturning()) {
      assertThat(EngineRows.lines(db, upsert)).containsExactly("1|anne");
      Upsert inserted = user(2L, "bob", 2).doNothing().returning(users.id, users.name);
      assertThat(EngineRows.lines(db, inserted)).containsExactly("2|bob");
    } else {
      assertThatThrownBy(() -> EngineRows.lines(db, upsert))
          .isInstanceOf(CairnException.class)
          .hasMessageStartingWith(
              "Upsert into users … RETURNING id, name is not supported by " + db.dialect().name());
    }
  }
}
