package dev.cairn.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.ForeignKeyViolationException;
import dev.cairn.core.SqlGrammarException;
import dev.cairn.core.sql.Sql;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;

class EngineSchemaTargetTest {

  @DatabaseTest
  void executeDdlAndTableExists(TestDb db) {
    Engine engine = db.engine();
    assertThat(engine.tableExists("user_accounts")).isFalse();
    engine.executeDdl(
        List.of(
            "CREATE TABLE user_accounts (id INTEGER PRIMARY KEY)",
            "CREATE TABLE userXaccounts2 (id INTEGER PRIMARY KEY)"));
    assertThat(engine.tableExists("user_accounts")).isTrue();
    assertThat(engine.tableExists("userXaccounts")).isFalse();
    assertThat(engine.tableExists("user%")).isFalse();
    assertThat(engine.ddlDialect()).isSameAs(engine.dialect().ddl());
    assertThatThrownBy(() -> engine.executeDdl(List.of("CREATE TABLE broken (")))
        .isInstanceOf(SqlGrammarException.class)
        .hasMessageContaining("CREATE TABLE broken (");
  }

  @DatabaseTest
  void sequenceExists(TestDb db) {
    Engine engine = db.engine();
    assertThat(engine.sequenceExists("order_numbers")).isFalse();
    if (db.database() == TestDatabase.SQLITE) {
      return;
    }
    engine.executeDdl(List.of("CREATE SEQUENCE order_numbers"));
    assertThat(engine.sequenceExists("order_numbers")).isTrue();
    assertThat(engine.sequenceExists("order_numbersx")).isFalse();
  }

  @DatabaseTest
  void createBuildsAPoolAndRunsTheDialectsConnectionInitSql(TestDb db) {
    // Without the URL's own foreign_keys switch SQLite enforces foreign keys only because the
    // engine's pool runs the dialect's connection init SQL (PRAGMA foreign_keys = ON).
    String url = db.jdbcUrl().replace("foreign_keys=true&", "");
    db.executeJdbc(
        "CREATE TABLE parents (id INTEGER PRIMARY KEY)",
        "CREATE TABLE children (id INTEGER PRIMARY KEY, parent INTEGER,"
            + " FOREIGN KEY (parent) REFERENCES parents (id))");
    try (Engine engine = Engine.create(url)) {
      assertThat(engine.dialect().name()).isEqualTo(db.dialect().name());
      assertThatThrownBy(
              () ->
                  engine.transaction(
                      c -> c.execute(Sql.text("INSERT INTO children VALUES (1, 7)"))))
          .isInstanceOf(ForeignKeyViolationException.class);
      engine.transaction(c -> c.execute(Sql.text("INSERT INTO parents VALUES (7)")));
      Integer id =
          engine.transactionResult(
              c -> c.execute(Sql.text("SELECT id FROM parents")).scalar(Integer.class));
      assertThat(id).isEqualTo(7);
      engine.close();
      assertThat(engine.isClosed()).isTrue();
      assertThatThrownBy(engine::connect).hasMessageContaining("Engine is closed");
    }
  }
}
