package dev.cairn.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.sql.Sql;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.LogCapture;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What read-only work does when its only replica is down: fall back to the primary, or fail. */
class ReplicaFallbackTest {

  private LogCapture log;

  @BeforeEach
  void captureLog() {
    log = LogCapture.of("dev.cairn.replicas");
  }

  @AfterEach
  void releaseLog() {
    log.close();
  }

  /** A URL of {@code db}'s kind where nothing listens. */
  private static String nowhere(TestDb db) {
    return switch (db.database()) {
      case H2 -> "jdbc:h2:tcp://127.0.0.1:1/nowhere";
      case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:1/nowhere?user=postgres";
      case MARIADB -> "jdbc:mariadb://127.0.0.1:1/nowhere?user=root";
      case SQLITE -> throw new IllegalArgumentException("SQLite has no servers");
    };
  }

  private static ReadReplicas.Builder downReplica(TestDb db) {
    return ReadReplicas.builder()
        .connectionTimeout(Duration.ofMillis(250))
        .recheckInterval(Duration.ofMinutes(1))
        .url(nowhere(db), null, null);
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void readOnlyWorkFallsBackToThePrimaryWithALogLine(TestDb db) {
    ReadReplicas replicas = downReplica(db).build();
    try (Engine engine = Engine.builder(db.dataSource()).readReplicas(replicas).build()) {
      for (int i = 0; i < 3; i++) {
        try (Connection connection = engine.connectReadOnly()) {
          assertThat(connection.target()).isEqualTo(ConnectionTarget.PRIMARY);
          assertThat(connection.execute(Sql.text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
        }
      }
      assertThat(replicas.available()).isZero();
    }
    assertThat(log.lines())
        .as("one line when the replica goes down, one when work moves to the primary")
        .hasSize(2)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("Read replica " + nowhere(db).replaceAll("\\?.*", ""))
                    .contains("is unreachable"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("No read replica answers; read-only work runs on the primary"));
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void readOnlyWorkFailsNamingTheReplicasWhenToldNotToFallBack(TestDb db) {
    ReadReplicas replicas = downReplica(db).fallback(ReplicaFallback.FAIL).build();
    try (Engine engine = Engine.builder(db.dataSource()).readReplicas(replicas).build()) {
      assertThatThrownBy(engine::connectReadOnly)
          .isInstanceOf(ConnectionFailureException.class)
          .hasMessageContaining(
              "No read replica is reachable (" + nowhere(db).replaceAll("\\?.*", ""))
          .hasMessageContaining("fallback FAIL");
      try (Connection connection = engine.connect()) {
        assertThat(connection.target()).isEqualTo(ConnectionTarget.PRIMARY);
      }
    }
  }

  @Test
  void misconfiguredReplicasAreRejectedNamingWhatIsWrong() {
    assertThatThrownBy(() -> ReadReplicas.builder().build())
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("needs at least one replica");
    assertThatThrownBy(() -> ReadReplicas.builder().url("jdbc:nosuchdb://host/db", null, null))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining(
            "No JDBC driver accepts the read replica URL jdbc:nosuchdb://host/db");
    assertThatThrownBy(() -> ReadReplicas.builder().connectionTimeout(Duration.ofMillis(10)))
        .hasMessageContaining("at least 250 ms");
  }
}
