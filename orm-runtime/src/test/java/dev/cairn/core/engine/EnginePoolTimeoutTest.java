package dev.cairn.core.engine;

import static dev.cairn.core.engine.EngineTestSupport.createPeople;
import static dev.cairn.core.engine.EngineTestSupport.insertPerson;
import static dev.cairn.core.engine.EngineTestSupport.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.ConnectionPoolTimeoutException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.TransientDatabaseException;
import dev.cairn.core.sql.Sql;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.Faults;
import dev.cairn.test.TestDb;
import org.junit.jupiter.api.Timeout;

/** A pool whose connections are all in use times out with its own kind, then recovers. */
class EnginePoolTimeoutTest {

  @DatabaseTest
  @Timeout(30)
  void anExhaustedPoolTimesOutNamingThePoolAndRecoversWhenAConnectionReturns(TestDb db) {
    createPeople(db);
    try (HikariDataSource pool = Faults.pool(db, "exhausted-pool", 2, 250);
        Engine engine = Engine.of(pool)) {
      Connection first = engine.connect();
      Connection second = engine.connect();
      first.execute(insertPerson("ann", 30));

      ConnectionPoolTimeoutException timeout =
          catchThrowableOfType(ConnectionPoolTimeoutException.class, engine::connect);
      assertThat(timeout).isInstanceOf(TransientDatabaseException.class);
      assertThat(timeout.kind()).isEqualTo(ErrorKind.POOL_TIMEOUT);
      assertThat(timeout.sql()).isNull();
      assertThat(timeout.getMessage())
          .startsWith("No connection became free in time: pool 'exhausted-pool' has all of its 2")
          .contains("connections (maximumPoolSize) in use")
          .contains("within 250 ms (connectionTimeout)")
          .contains("total=2, active=2, idle=0")
          .contains("No statement ran")
          .contains("Make the pool bigger or the transactions shorter")
          .doesNotContain("The statement failed")
          .doesNotContain("SQL:");

      first.commit();
      first.close();
      try (Connection recovered = engine.connect()) {
        recovered.execute(insertPerson("bob", 31));
        recovered.commit();
        assertThat(recovered.execute(Sql.text("SELECT COUNT(*) FROM people")).scalar(Long.class))
            .isEqualTo(2L);
      }
      second.close();
      assertThat(names(db)).containsExactly("ann", "bob");
    }
  }
}
