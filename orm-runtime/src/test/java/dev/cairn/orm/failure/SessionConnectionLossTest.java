package dev.cairn.orm.failure;

import static dev.cairn.orm.failure.FailureFixtures.itemNames;
import static dev.cairn.orm.failure.FailureFixtures.sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.ConnectionPoolTimeoutException;
import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.failure.FailureFixtures.FlItem;
import dev.cairn.orm.failure.FailureFixtures.RecordingProvider;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.Faults;
import dev.cairn.test.TestDb;
import org.junit.jupiter.api.Timeout;

/**
 * A session whose connection dies mid-transaction (a killed backend, as in a server restart) fails
 * with a {@link ConnectionFailureException}, rolls back without a second error and runs the next
 * transaction on a fresh connection; a session that finds the pool exhausted fails with a {@link
 * ConnectionPoolTimeoutException} and works once a connection is free again.
 */
class SessionConnectionLossTest {

  @DatabaseTest
  @Timeout(60)
  void aKilledBackendDuringTheNextFlushIsAConnectionFailureAndTheNextTransactionWorks(TestDb db) {
    try (HikariDataSource pool = Faults.pool(db, "session-loss", 2, 5000)) {
      RecordingProvider provider = new RecordingProvider(pool);
      SessionFactory sessions = sessions(Engine.builder(provider).build());
      try (Session session = sessions.openSession()) {
        session.add(new FlItem("flushed"));
        session.flush();
        Faults.kill(db, provider.last());
        session.add(new FlItem("pending"));

        assertThat(catchThrowableOfType(ConnectionFailureException.class, session::commit))
            .isNotNull();
        assertThatCode(session::rollback).doesNotThrowAnyException();

        session.add(new FlItem("next"));
        session.commit();
      }
      assertThat(itemNames(db)).containsExactly("next");
    }
  }

  @DatabaseTest
  @Timeout(60)
  void aKilledBackendAtCommitIsAConnectionFailureAndTheSessionStaysUsable(TestDb db) {
    try (HikariDataSource pool = Faults.pool(db, "session-loss-at-commit", 2, 5000)) {
      RecordingProvider provider = new RecordingProvider(pool);
      SessionFactory sessions = sessions(Engine.builder(provider).build());
      try (Session session = sessions.openSession()) {
        session.add(new FlItem("flushed"));
        session.flush();
        Faults.kill(db, provider.last());

        ConnectionFailureException e =
            catchThrowableOfType(ConnectionFailureException.class, session::commit);
        assertThat(e.getMessage()).startsWith("COMMIT failed because the connection was lost");

        assertThat(session.query(FlItem.class).count()).isZero();
        session.add(new FlItem("next"));
        session.commit();
      }
      assertThat(itemNames(db)).containsExactly("next");
    }
  }

  @DatabaseTest
  @Timeout(30)
  void aSessionFindingThePoolExhaustedTimesOutAndWorksOnceAConnectionIsFree(TestDb db) {
    try (HikariDataSource pool = Faults.pool(db, "session-pool", 1, 250)) {
      SessionFactory sessions = sessions(Engine.of(pool));
      try (Session holder = sessions.openSession();
          Session waiter = sessions.openSession()) {
        holder.add(new FlItem("held"));
        holder.flush();

        ConnectionPoolTimeoutException timeout =
            catchThrowableOfType(
                ConnectionPoolTimeoutException.class, () -> waiter.query(FlItem.class).count());
        assertThat(timeout.poolName()).isEqualTo("session-pool");
        assertThat(timeout.getMessage()).contains("pool 'session-pool' has all of its 1");

        holder.commit();
        assertThat(waiter.query(FlItem.class).count()).isEqualTo(1);
        waiter.add(new FlItem("after"));
        waiter.commit();
      }
      assertThat(itemNames(db)).containsExactly("after", "held");
    }
  }
}
