package dev.cairn.core.sql;

import static dev.cairn.core.sql.EngineRows.execute;
import static dev.cairn.core.sql.EngineRows.lines;
import static dev.cairn.core.sql.EngineRows.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

class TextSqlDatabaseTest {

  @DatabaseTest
  void textStatementsWithRepeatedAndTypedPlaceholders(TestDb db) {
    DmlTestTables.createTables(db);
    TextSql insert =
        Sql.text("INSERT INTO users (id, name, score) VALUES (:id, :name, :score)")
            .bind("id", 1L)
            .bind("name", SqlTypes.varchar(50), "ann")
            .bind("score", 4);
    assertThat(execute(db, insert)).isEqualTo(1);
    execute(db, insert.bind("id", 2L).bind("name", "bob").bind("score", null));
    TextSql update =
        Sql.text("UPDATE users SET score = :score WHERE name = :name OR 'x:y' = :name")
            .bind("score", 9)
            .bind("name", "bob");
    assertThat(execute(db, update)).isEqualTo(1);

    TextSql select =
        Sql.text(
                "SELECT id, name /* :not_a_parameter */ FROM users"
                    + " WHERE name = :who OR (score > :min AND name <> :who) ORDER BY id")
            .bind("who", "zed")
            .bind("min", 5);
    assertThat(lines(db, select)).containsExactly("2|bob");
    assertThat(query(db, "SELECT id, name, score FROM users ORDER BY id"))
        .containsExactly("1|ann|4", "2|bob|9");
  }

  @DatabaseTest
  void aCollectionBoundToInMatchesItsElements(TestDb db) {
    DmlTestTables.createTables(db);
    db.executeJdbc(
        "INSERT INTO users (id, name) VALUES (1, 'a')",
        "INSERT INTO users (id, name) VALUES (2, 'b')",
        "INSERT INTO users (id, name) VALUES (3, 'c')");
    TextSql select = Sql.text("SELECT name FROM users WHERE id IN (:ids) ORDER BY id");
    List<@Nullable String> some =
        db.engine()
            .transactionResult(
                c -> c.execute(select.bind("ids", List.of(1L, 3L))).scalars(String.class));
    List<@Nullable String> none =
        db.engine()
            .transactionResult(c -> c.execute(select.bind("ids", List.of())).scalars(String.class));
    assertThat(some).containsExactly("a", "c");
    assertThat(none).isEmpty();
  }

  @DatabaseTest
  void namedParameterBindingsRunManyTimes(TestDb db) {
    DmlTestTables.createTables(db);
    TextSql insert =
        Sql.text("INSERT INTO users (id, name) VALUES (:id, :name)")
            .bind("id", Sql.param("id", SqlTypes.BIGINT))
            .bind("name", Sql.param("name", SqlTypes.TEXT));
    List<Map<String, @Nullable Object>> rows = List.of(row(1L, "a"), row(2L, "b"));
    assertThat(db.engine().transactionResult(c -> c.executeMany(insert, rows)).counts()).hasSize(2);
    assertThat(query(db, "SELECT id, name FROM users ORDER BY id")).containsExactly("1|a", "2|b");
  }

  @DatabaseTest({TestDatabase.POSTGRESQL})
  void postgresqlCastsAndDollarQuotesAreNotPlaceholders(TestDb db) {
    TextSql select =
        Sql.text("SELECT :n::bigint + 1, $$:x$$::text, '1'::int").bind("n", SqlTypes.TEXT, "41");
    assertThat(lines(db, select)).containsExactly("42|:x|1");
  }

  private static Map<String, @Nullable Object> row(long id, String name) {
    Map<String, @Nullable Object> values = new HashMap<>();
    values.put("id", id);
    values.put("name", name);
    return values;
  }
}
