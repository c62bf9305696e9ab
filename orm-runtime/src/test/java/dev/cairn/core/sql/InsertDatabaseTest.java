package dev.cairn.core.sql;

import static dev.cairn.core.sql.EngineRows.execute;
import static dev.cairn.core.sql.EngineRows.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.BatchResult;
import dev.cairn.core.sql.DmlTestTables.Archive;
import dev.cairn.core.sql.DmlTestTables.Tickets;
import dev.cairn.core.sql.DmlTestTables.Users;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

class InsertDatabaseTest {

  private final Users users = new Users();
  private final Archive archive = new Archive();
  private final Tickets tickets = new Tickets();

  @DatabaseTest
  void singleMultiRowAndFromSelect(TestDb db) {
    DmlTestTables.createTables(db);
    assertThat(execute(db, Sql.insertInto(users).set(users.id, 1L).set(users.name, "ann")))
        .isEqualTo(1);
    assertThat(
            execute(
                db,
                Sql.insertInto(users)
                    .row(
                        Sql.rowValues()
                            .set(users.id, 2L)
                            .set(users.name, "bob")
                            .set(users.score, 7))
                    .row(
                        Sql.rowValues()
                            .set(users.id, 3L)
                            .set(users.name, "cy")
                            .set(users.score, 9))))
        .isEqualTo(2);
    Statement select =
        Sql.text("SELECT id, name FROM users WHERE score > :min")
            .bind("min", 8)
            .columns(users.id, users.name);
    assertThat(
            execute(db, Sql.insertInto(archive).columns(archive.id, archive.name).select(select)))
        .isEqualTo(1);

    assertThat(query(db, "SELECT id, name, score FROM users ORDER BY id"))
        .containsExactly("1|ann|null", "2|bob|7", "3|cy|9");
    assertThat(query(db, "SELECT id, name FROM archive")).containsExactly("3|cy");
  }

  @DatabaseTest
  void namedParametersRunOneStatementManyTimes(TestDb db) {
    DmlTestTables.createTables(db);
    Insert insert =
        Sql.insertInto(users)
            .set(users.id, Sql.param("id", SqlTypes.BIGINT))
            .set(users.name, Sql.param("name", SqlTypes.varchar(50)))
            .set(users.score, Sql.param("score", SqlTypes.INTEGER));
    List<Map<String, @Nullable Object>> rows =
        List.of(named(10L, "x", 1), named(11L, "y", null), named(12L, "z", 3));
    assertThat(db.engine().transactionResult(c -> c.executeMany(insert, rows)).counts()).hasSize(3);
    assertThat(query(db, "SELECT id, name, score FROM users ORDER BY id"))
        .containsExactly("10|x|1", "11|y|null", "12|z|3");
  }

  @DatabaseTest
  void returningGeneratedKeysAndDefaults(TestDb db) {
    DmlTestTables.createTables(db);
    assertThat(
            EngineRows.lines(
                db, Sql.insertInto(tickets).set(tickets.title, "first").returning(tickets.id)))
        .containsExactly("1");
    assertThat(
            EngineRows.lines(
                db, Sql.insertInto(tickets).set(tickets.title, "second").returning(tickets.id)))
        .containsExactly("2");
    assertThat(execute(db, Sql.insertInto(tickets))).isEqualTo(1);
    assertThat(query(db, "SELECT id, code, title FROM tickets ORDER BY id"))
        .containsExactly("1|T-1|first", "2|T-2|second", "3|T-3|null");
  }

  @DatabaseTest
  void multiRowInsertReturnsEveryGeneratedKey(TestDb db) {
    DmlTestTables.createTables(db);
    Insert insert =
        Sql.insertInto(tickets)
            .row(Sql.rowValues().set(tickets.title, "a"))
            .row(Sql.rowValues().set(tickets.title, "b"))
            .returning(tickets.id);
    assertThat(EngineRows.lines(db, insert)).containsExactly("1", "2");
  }

  @DatabaseTest
  void executeManyWithReturningReadsEveryRowBackFromOneBatch(TestDb db) {
    DmlTestTables.createTables(db);
    Insert insert =
        Sql.insertInto(tickets)
            .set(tickets.title, Sql.param("title", SqlTypes.TEXT))
            .returning(tickets.id);
    List<Map<String, Object>> titles = new java.util.ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      titles.add(Map.of("title", "t" + i));
    }
    BatchResult batch = db.engine().transactionResult(c -> c.executeMany(insert, titles));
    assertThat(batch.rows().all())
        .extracting(row -> row.get(tickets.id))
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    if (db.database() == dev.cairn.test.TestDatabase.POSTGRESQL) {
      assertThat(batch.roundTrips()).isEqualTo(1);
    }
  }

  @DatabaseTest
  void clientDefaultsAreProducedPerExecutionAndPerBatchRow(TestDb db) {
    DmlTestTables.createTables(db);
    Insert fixed = Sql.insertInto(tickets).set(tickets.title, "same");
    assertThat(execute(db, fixed)).isEqualTo(1);
    assertThat(execute(db, fixed)).isEqualTo(1);
    assertThat(db.engine().compile(fixed)).isSameAs(db.engine().compile(fixed));
    Insert named = Sql.insertInto(tickets).set(tickets.title, Sql.param("title", SqlTypes.TEXT));
    BatchResult batch =
        db.engine()
            .transactionResult(
                c ->
                    c.executeMany(
                        named,
                        List.of(Map.of("title", "a"), Map.of("title", "b"), Map.of("title", "c"))));
    assertThat(batch.totalCount()).isEqualTo(3);
    assertThat(query(db, "SELECT code, title FROM tickets ORDER BY id"))
        .containsExactly("T-1|same", "T-2|same", "T-3|a", "T-4|b", "T-5|c");
  }

  private static Map<String, @Nullable Object> named(
      long id, String name, @Nullable Integer score) {
    Map<String, @Nullable Object> values = new HashMap<>();
    values.put("id", id);
    values.put("name", name);
    values.put("score", score);
    return values;
  }
}
