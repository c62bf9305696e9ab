package dev.cairn.core.engine;

import static dev.cairn.core.engine.EngineTestSupport.PEOPLE;
import static dev.cairn.core.engine.EngineTestSupport.createPeople;
import static dev.cairn.core.engine.EngineTestSupport.insertPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.DatabaseException;
import dev.cairn.core.DeadlockException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.ForeignKeyViolationException;
import dev.cairn.core.IntegrityViolationException;
import dev.cairn.core.LockTimeoutException;
import dev.cairn.core.SqlGrammarException;
import dev.cairn.core.UniqueViolationException;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Statement;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class EngineErrorTest {

  private static DatabaseException failure(Engine engine, Consumer<Connection> work) {
    try (Connection connection = engine.connect()) {
      Throwable thrown =
          org.assertj.core.api.Assertions.catchThrowable(() -> work.accept(connection));
      assertThat(thrown).isInstanceOf(DatabaseException.class);
      return (DatabaseException) thrown;
    }
  }

  private static void setUp(TestDb db) {
    createPeople(db);
    db.executeJdbc(
        "CREATE TABLE pets (id INTEGER PRIMARY KEY, owner INTEGER,"
            + " FOREIGN KEY (owner) REFERENCES people (id))");
    db.engine().transaction(c -> c.execute(insertPerson("ann", 30)));
  }

  @DatabaseTest
  void uniqueViolation(TestDb db) {
    setUp(db);
    DatabaseException e = failure(db.engine(), c -> c.execute(insertPerson("ann", 31)));
    assertThat(e).isInstanceOf(UniqueViolationException.class);
    assertThat(e.kind()).isEqualTo(ErrorKind.UNIQUE_VIOLATION);
    assertThat(e.sql()).isEqualTo("INSERT INTO people (name, age) VALUES (?, ?)");
    assertThat(e.getMessage())
        .startsWith("Duplicate key")
        .contains("(" + db.dialect().name() + ")")
        .contains("SQLState " + e.sqlState())
        .contains("vendor code " + e.vendorCode())
        .contains("SQL: INSERT INTO people (name, age) VALUES (?, ?)")
        .contains("parameters hidden")
        .doesNotContain("parameters: ");
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL})
  void parametersAppearInMessagesOnlyWhenAskedFor(TestDb db) {
    setUp(db);
    Engine showing = Engine.builder(db.dataSource()).showParametersInErrors(true).build();
    DatabaseException e = failure(showing, c -> c.execute(insertPerson("ann", 31)));
    assertThat(e.getMessage()).contains("parameters: ['ann', 31]");
  }

  @DatabaseTest
  void foreignKeyViolation(TestDb db) {
    setUp(db);
    DatabaseException missingParent =
        failure(db.engine(), c -> c.execute(Sql.text("INSERT INTO pets VALUES (1, 99)")));
    assertThat(missingParent).isInstanceOf(ForeignKeyViolationException.class);
    DatabaseException stillReferenced =
        failure(
            db.engine(),
            c -> {
              c.execute(Sql.text("INSERT INTO pets VALUES (1, 1)"));
              c.execute(Sql.deleteFrom(PEOPLE).where(PEOPLE.id.eq(1)));
            });
    assertThat(stillReferenced.kind()).isEqualTo(ErrorKind.FOREIGN_KEY_VIOLATION);
  }

  @DatabaseTest
  void notNullAndCheckViolations(TestDb db) {
    setUp(db);
    DatabaseException notNull =
        failure(
            db.engine(),
            c -> c.execute(Sql.insertInto(PEOPLE).setNull(PEOPLE.name).set(PEOPLE.age, 1)));
    assertThat(notNull).isInstanceOf(IntegrityViolationException.class);
    assertThat(notNull.kind()).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
    DatabaseException check = failure(db.engine(), c -> c.execute(insertPerson("bob", -1)));
    assertThat(check).isInstanceOf(IntegrityViolationException.class);
    assertThat(check.kind()).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
  }

  @DatabaseTest
  void syntaxErrorsAndUnknownTables(TestDb db) {
    DatabaseException syntax = failure(db.engine(), c -> c.execute(Sql.text("SELEC 1")));
    assertThat(syntax).isInstanceOf(SqlGrammarException.class);
    assertThat(syntax.getMessage()).contains("SQL: SELEC 1");
    DatabaseException unknown =
        failure(db.engine(), c -> c.execute(Sql.text("SELECT * FROM no_such_table")));
    assertThat(unknown).isInstanceOf(SqlGrammarException.class);
    assertThat(unknown.kind()).isEqualTo(ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT);
  }

  @DatabaseTest
  void lockTimeoutOrNowait(TestDb db) {
    setUp(db);
    Engine engine =
        db.database() == TestDatabase.SQLITE
            ? Engine.create(db.jdbcUrl().replace("busy_timeout=5000", "busy_timeout=100"))
            : db.engine();
    try (Connection holder = engine.connect();
        Connection waiter = engine.connect()) {
      holder.execute(Sql.update(PEOPLE).set(PEOPLE.age, 1).where(PEOPLE.id.eq(1)));
      Statement blocked =
          switch (db.database()) {
            case POSTGRESQL, MARIADB ->
                Sql.select(PEOPLE.id).where(PEOPLE.id.eq(1)).forUpdate().noWait();
            case H2, SQLITE -> Sql.update(PEOPLE).set(PEOPLE.age, 2).where(PEOPLE.id.eq(1));
          };
      if (db.database() == TestDatabase.H2) {
        waiter.execute(Sql.text("SET LOCK_TIMEOUT 100"));
      }
      assertThatThrownBy(() -> waiter.execute(blocked))
          .isInstanceOf(LockTimeoutException.class)
          .extracting(e -> ((DatabaseException) e).kind())
          .isEqualTo(ErrorKind.LOCK_TIMEOUT);
    } finally {
      if (engine != db.engine()) {
        engine.close();
      }
    }
  }

  @DatabaseTest({TestDatabase.POSTGRESQL})
  void serializationFailureIsRetryable(TestDb db) {
    setUp(db);
    try (Connection a = db.engine().connect();
        Connection b = db.engine().connect()) {
      a.setIsolation(IsolationLevel.SERIALIZABLE);
      b.setIsolation(IsolationLevel.SERIALIZABLE);
      a.execute(Sql.select(Sql.sum(PEOPLE.age)));
      b.execute(Sql.select(Sql.sum(PEOPLE.age)));
      a.execute(insertPerson("bob", 1));
      b.execute(insertPerson("cid", 1));
      a.commit();
      assertThatThrownBy(b::commit)
          .isInstanceOf(DeadlockException.class)
          .hasMessageContaining("roll back and run the transaction again");
    }
  }

  @Test
  void unreachableDatabaseIsAConnectionFailure() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2");
    assertThatThrownBy(() -> Engine.of(dataSource).connect())
        .isInstanceOf(ConnectionFailureException.class)
        .hasMessageContaining("Could not connect to detect the database dialect");
    Engine configured = Engine.builder(dataSource).dialect(Dialects.POSTGRESQL).build();
    assertThatThrownBy(configured::connect)
        .isInstanceOf(ConnectionFailureException.class)
        .hasMessageContaining("SQLState 08001")
        .hasMessageContaining("check the URL");
  }
}
