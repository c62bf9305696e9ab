package dev.cairn.core.engine;

import static dev.cairn.core.engine.EngineTestSupport.createPeople;
import static dev.cairn.core.engine.EngineTestSupport.insertPerson;
import static dev.cairn.core.engine.EngineTestSupport.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.ErrorKind;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.Faults;
import dev.cairn.test.TestDb;
import org.junit.jupiter.api.Timeout;

/**
 * A connection killed under a transaction (as a server restart kills it) fails as a connection
 * failure on every later call; rollback and close release it without a second error, and the pool
 * hands out a working connection next.
 */
class EngineConnectionLossTest {

  @DatabaseTest
  @Timeout(60)
  void everyCallOnAKilledConnectionIsAConnectionFailureAndRollbackAndCloseAreQuiet(TestDb db) {
    createPeople(db);
    try (HikariDataSource pool = Faults.pool(db, "loss", 2, 5000);
        Engine engine = Engine.of(pool)) {
      Connection victim = engine.connect();
      victim.execute(insertPerson("lost", 1));
      Faults.kill(db, victim.unwrap());

      ConnectionFailureException statement =
          catchThrowableOfType(
              ConnectionFailureException.class, () -> victim.execute(insertPerson("also", 2)));
      assertThat(statement.kind()).isEqualTo(ErrorKind.CONNECTION_FAILURE);
      ConnectionFailureException commit =
          catchThrowableOfType(ConnectionFailureException.class, victim::commit);
      assertThat(commit.getMessage())
          .startsWith("COMMIT failed because the connection was lost")
          .doesNotContain("The statement failed (");
      assertThatCode(victim::rollback).doesNotThrowAnyException();
      assertThatCode(victim::close).doesNotThrowAnyException();

      engine.transaction(connection -> connection.execute(insertPerson("next", 3)));
      assertThat(names(db)).containsExactly("next");
    }
  }

  @DatabaseTest
  @Timeout(60)
  void aCommitOnAKilledConnectionIsAConnectionFailure(TestDb db) {
    createPeople(db);
    try (HikariDataSource pool = Faults.pool(db, "loss-at-commit", 2, 5000);
        Engine engine = Engine.of(pool)) {
      Connection victim = engine.connect();
      victim.execute(insertPerson("lost", 1));
      Faults.kill(db, victim.unwrap());

      ConnectionFailureException commit =
          catchThrowableOfType(ConnectionFailureException.class, victim::commit);
      assertThat(commit.getMessage()).startsWith("COMMIT failed because the connection was lost");
      assertThatCode(victim::close).doesNotThrowAnyException();

      engine.transaction(connection -> connection.execute(insertPerson("next", 3)));
      assertThat(names(db)).containsExactly("next");
    }
  }
}
