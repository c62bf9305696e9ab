package dev.cairn.core.sql;

import static dev.cairn.core.sql.DmlTestTables.assertCompiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.DmlTestTables.Archive;
import dev.cairn.core.sql.DmlTestTables.Users;
import dev.cairn.core.sql.type.SqlTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpsertSqlTest {

  private static final List<Dialect> ALL_DIALECTS =
      List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB, Dialects.SQLITE);

  private final Users users = new Users();

  private Upsert annUpsert() {
    return Sql.upsert(users).set(users.id, 1L).set(users.name, "ann").set(users.score, 5);
  }

  @Test
  void doUpdateNamedColumns() {
    Upsert upsert = annUpsert().onConflict(users.id).doUpdate(users.name, users.score);
    Object[] params = {1L, "ann", 5};
    assertCompiles(
        upsert,
        Dialects.POSTGRESQL,
        "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            + " name = excluded.name, score = excluded.score",
        params);
    assertCompiles(
        upsert,
        Dialects.SQLITE,
        "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            + " name = excluded.name, score = excluded.score",
        params);
    for (Dialect dialect : List.of(Dialects.MYSQL, Dialects.MARIADB)) {
      assertCompiles(
          upsert,
          dialect,
          "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE"
              + " name = VALUES(name), score = VALUES(score)",
          params);
    }
    assertCompiles(
        upsert,
        Dialects.H2,
        "MERGE INTO users USING (VALUES (?, ?, ?)) AS excluded (id, name, score) ON users.id ="
            + " excluded.id WHEN MATCHED THEN UPDATE SET name = excluded.name, score ="
            + " excluded.score WHEN NOT MATCHED THEN INSERT (id, name, score) VALUES"
            + " (excluded.id, excluded.name, excluded.score)",
        params);
    assertThat(upsert.kind()).isEqualTo(StatementKind.INSERT);
  }

  @Test
  void doUpdateWithoutColumnsUpdatesEveryNonKeyColumnAndDefaultsToThePrimaryKey() {
    Upsert all = annUpsert().doUpdate();
    Upsert named = annUpsert().onConflict(users.id).doUpdate(users.name, users.score);
    for (Dialect dialect : ALL_DIALECTS) {
      assertThat(all.toSql(dialect)).isEqualTo(named.toSql(dialect));
    }
  }

  @Test
  void doUpdateSetWithExpressionsAndValues() {
    Upsert upsert =
        annUpsert()
            .onConflict(users.id)
            .doUpdateSet(users.score, Sql.excluded(users.score))
            .doUpdateSet(users.name, "changed");
    assertCompiles(
        upsert,
        Dialects.POSTGRESQL,
        "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            + " score = excluded.score, name = ?",
        1L,
        "ann",
        5,
        "changed");
    assertCompiles(
        upsert,
        Dialects.MARIADB,
        "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " score = VALUES(score), name = ?",
        1L,
        "ann",
        5,
        "changed");
    assertCompiles(
        upsert,
        Dialects.H2,
        "MERGE INTO users USING (VALUES (?, ?, ?)) AS excluded (id, name, score) ON users.id ="
            + " excluded.id WHEN MATCHED THEN UPDATE SET score = excluded.score, name = ? WHEN"
            + " NOT MATCHED THEN INSERT (id, name, score) VALUES (excluded.id, excluded.name,"
            + " excluded.score)",
        1L,
        "ann",
        5,
        "changed");
  }

  @Test
  void doUpdateSetCanUseTheExistingRow() {
    Upsert upsert =
        annUpsert().onConflict(users.id).doUpdateSet(users.name, users.name).doUpdate(users.score);
    assertCompiles(
        upsert,
        Dialects.SQLITE,
        "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            + " name = users.name, score = excluded.score",
        1L,
        "ann",
        5);
    assertCompiles(
        upsert,
        Dialects.MYSQL,
        "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " name = users.name, score = VALUES(score)",
        1L,
        "ann",
        5);
  }

  @Test
  void doNothing() {
    Upsert upsert = annUpsert().onConflict(users.id).doNothing();
    assertCompiles(
        upsert,
        Dialects.POSTGRESQL,
        "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
        1L,
        "ann",
        5);
    assertCompiles(
        upsert,
        Dialects.SQLITE,
        "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
        1L,
        "ann",
        5);
    for (Dialect dialect : List.of(Dialects.MYSQL, Dialects.MARIADB)) {
      assertCompiles(
          upsert,
          dialect,
          "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE id = id",
          1L,
          "ann",
          5);
    }
    assertCompiles(
        upsert,
        Dialects.H2,
        "MERGE INTO users USING (VALUES (?, ?, ?)) AS excluded (id, name, score) ON users.id ="
            + " excluded.id WHEN NOT MATCHED THEN INSERT (id, name, score) VALUES (excluded.id,"
            + " excluded.name, excluded.score)",
        1L,
        "ann",
        5);
  }

  @Test
  void multiRowAndCompositeKeys() {
    Memberships m = new Memberships();
    Upsert upsert =
        Sql.upsert(m)
            .row(Sql.rowValues().set(m.userId, 1L).set(m.groupId, 2L).set(m.role, "a"))
            .row(Sql.rowValues().set(m.userId, 1L).set(m.groupId, 3L).set(m.role, "b"))
            .onConflict(m.userId, m.groupId)
            .doUpdate();
    Object[] params = {1L, 2L, "a", 1L, 3L, "b"};
    assertCompiles(
        upsert,
        Dialects.POSTGRESQL,
        "INSERT INTO memberships (user_id, group_id, role) VALUES (?, ?, ?), (?, ?, ?) ON"
            + " CONFLICT (user_id, group_id) DO UPDATE SET role = excluded.role",
        params);
    assertCompiles(
        upsert,
        Dialects.MYSQL,
        "INSERT INTO memberships (user_id, group_id, role) VALUES (?, ?, ?), (?, ?, ?) ON"
            + " DUPLICATE KEY UPDATE role = VALUES(role)",
        params);
    assertCompiles(
        upsert,
        Dialects.H2,
        "MERGE INTO memberships USING (VALUES (?, ?, ?), (?, ?, ?)) AS excluded (user_id,"
            + " group_id, role) ON memberships.user_id = excluded.user_id AND memberships.group_id"
            + " = excluded.group_id WHEN MATCHED THEN UPDATE SET role = excluded.role WHEN NOT"
            + " MATCHED THEN INSERT (user_id, group_id, role) VALUES (excluded.user_id,"
            + " excluded.group_id, excluded.role)",
        params);
  }

  @Test
  void doUpdateWhenEveryColumnIsAKeyDoesNothing() {
    Upsert upsert = Sql.upsert(users).set(users.id, 1L).doUpdate();
    assertCompiles(
        upsert,
        Dialects.POSTGRESQL,
        "INSERT INTO users (id) VALUES (?) ON CONFLICT (id) DO NOTHING",
        1L);
  }

  @Test
  void insertOnConflictIsTheSameUpsert() {
    Upsert fromInsert =
        Sql.insertInto(users)
            .set(users.id, 1L)
            .set(users.name, "ann")
            .set(users.score, 5)
            .onConflict(users.id)
            .doNothing();
    assertThat(fromInsert).isEqualTo(annUpsert().onConflict(users.id).doNothing());
  }

  @Test
  void returningWhereTheDialectHasIt() {
    Upsert upsert = annUpsert().doUpdate().returning(users.id, users.score);
    for (Dialect dialect : List.of(Dialects.POSTGRESQL, Dialects.SQLITE)) {
      CompiledStatement compiled = upsert.compile(dialect);
      assertThat(compiled.sql())
          .isEqualTo(
              "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE"
                  + " SET name = excluded.name, score = excluded.score RETURNING id, score");
      assertThat(compiled.returning()).isEqualTo(ReturningMode.NATIVE);
    }
    CompiledStatement mariadb = upsert.compile(Dialects.MARIADB);
    assertThat(mariadb.sql())
        .isEqualTo(
            "INSERT INTO users (id, name, score) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " name = VALUES(name), score = VALUES(score) RETURNING id, score");
    assertThat(mariadb.returning()).isEqualTo(ReturningMode.NATIVE);
    for (Dialect dialect : List.of(Dialects.H2, Dialects.MYSQL)) {
      assertThatThrownBy(() -> upsert.compile(dialect))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "Upsert into users … RETURNING id, score is not supported by "
                  + dialect.name()
                  + "; remove returning(...) and select the affected rows in the same"
                  + " transaction");
    }
  }

  @Test
  void errorsNameTheTableAndSayWhatToDo() {
    assertThatThrownBy(() -> annUpsert().compile(Dialects.POSTGRESQL))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Upsert into users does not say what to do on conflict; add doUpdate(…) or"
                + " doNothing()");
    assertThatThrownBy(() -> Sql.upsert(users).doNothing().compile(Dialects.H2))
        .isInstanceOf(CairnException.class)
        .hasMessage("Upsert into users has no row; set(…) the values to insert");
    assertThatThrownBy(
            () ->
                Sql.upsert(users)
                    .set(users.name, "x")
                    .onConflict(users.id)
                    .doNothing()
                    .compile(Dialects.MYSQL))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Upsert into users: conflict key id is not among the inserted columns [name]; set a"
                + " value for it");
    Table noKey = new Table("log");
    Column<String> text = noKey.column("text", SqlTypes.TEXT);
    assertThatThrownBy(() -> Sql.upsert(noKey).set(text, "x").doNothing().compile(Dialects.SQLITE))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Upsert into log has no conflict key and the table has no primary key; name the"
                + " columns of a unique constraint with onConflict(…)");
    Archive archive = new Archive();
    assertThatThrownBy(() -> annUpsert().doUpdate(archive.name))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Column archive.name is not a column of table users; an upsert can only key on and"
                + " update its own table's columns");
  }

  /** A table with a composite key. */
  static final class Memberships extends Table {
    final Column<Long> userId = column("user_id", SqlTypes.BIGINT).primaryKey();
    final Column<Long> groupId = column("group_id", SqlTypes.BIGINT).primaryKey();
    final Column<String> role = column("role", SqlTypes.TEXT);

    Memberships() {
      super("memberships");
    }
  }
}
