package dev.cairn.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.DatabaseException;
import dev.cairn.core.sql.Sql;
import dev.cairn.test.ClusterServers;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Read-only work on the PostgreSQL streaming replica of {@code CAIRN_TEST_POSTGRES_REPLICA_URL}:
 * {@code pg_is_in_recovery()} inside the routed connection proves where it runs.
 */
class ReplicaEngineTest {

  private final List<String> executions = new CopyOnWriteArrayList<>();

  private Engine engine(TestDb db, ReadReplicas replicas) {
    return Engine.builder(db.dataSource())
        .readReplicas(replicas)
        .listener(
            new ExecutionListener() {
              @Override
              public void afterExecute(ExecutionContext context, @Nullable Throwable failure) {
                executions.add(context.target().tag() + ": " + context.sql());
              }
            })
        .build();
  }

  private static boolean inRecovery(Connection connection) {
    return Boolean.TRUE.equals(
        connection.execute(Sql.text("SELECT pg_is_in_recovery()")).scalar(Boolean.class));
  }

  private static void createNotes(Engine engine) {
    engine.transaction(
        connection -> {
          connection.execute(Sql.text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
          connection.execute(Sql.text("INSERT INTO notes VALUES (1, 'hello')"));
        });
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void readOnlyWorkRunsOnTheReplicaAndEverythingElseOnThePrimary(TestDb db) {
    String replica = ClusterServers.replicaOf(db);
    try (Engine engine = engine(db, ReadReplicas.builder().url(replica, null, null).build())) {
      createNotes(engine);
      ClusterServers.awaitReplica(db, Duration.ofSeconds(30));
      executions.clear();
      try (Connection connection = engine.connectReadOnly()) {
        assertThat(connection.target()).isEqualTo(ConnectionTarget.REPLICA);
        assertThat(inRecovery(connection)).isTrue();
        assertThat(
                connection
                    .execute(Sql.text("SELECT body FROM notes WHERE id = 1"))
                    .scalar(String.class))
            .isEqualTo("hello");
      }
      String onPrimary =
          engine.transactionResult(
              connection -> {
                assertThat(connection.target()).isEqualTo(ConnectionTarget.PRIMARY);
                assertThat(inRecovery(connection)).isFalse();
                return connection.execute(Sql.text("SELECT body FROM notes")).scalar(String.class);
              });
      assertThat(onPrimary).isEqualTo("hello");
      boolean scoped =
          engine.readOnly(
              () -> {
                try (Connection connection = engine.connect()) {
                  return inRecovery(connection);
                }
              });
      assertThat(scoped).as("connect() inside readOnly(...)").isTrue();
      assertThat(executions)
          .containsExactly(
              "replica: SELECT pg_is_in_recovery()",
              "replica: SELECT body FROM notes WHERE id = 1",
              "primary: SELECT pg_is_in_recovery()",
              "primary: SELECT body FROM notes",
              "replica: SELECT pg_is_in_recovery()");
    }
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void replicasAreUsedInTurn(TestDb db) {
    String replica = ClusterServers.replicaOf(db);
    ReadReplicas replicas =
        ReadReplicas.builder()
            .poolSize(1)
            .url(replica + "&ApplicationName=first", null, null)
            .url(replica + "&ApplicationName=second", null, null)
            .build();
    try (Engine engine = engine(db, replicas)) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        try (Connection connection = engine.connectReadOnly()) {
          names.add(
              connection
                  .execute(Sql.text("SELECT current_setting('application_name')"))
                  .scalar(String.class));
        }
      }
      assertThat(names).containsExactly("first", "second", "first", "second");
      assertThat(replicas.available()).isEqualTo(2);
    }
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void aCommitReachesTheReplicaAfterALagThatReadersWaitOut(TestDb db) {
    String replica = ClusterServers.replicaOf(db);
    try (Engine engine = engine(db, ReadReplicas.builder().url(replica, null, null).build())) {
      createNotes(engine);
      ClusterServers.awaitReplica(db, Duration.ofSeconds(30));
      String body =
          engine.transactionResult(
              connection -> {
                connection.execute(Sql.text("UPDATE notes SET body = 'updated' WHERE id = 1"));
                // read-your-writes: inside the read-write transaction, on the primary
                return connection.execute(Sql.text("SELECT body FROM notes")).scalar(String.class);
              });
      assertThat(body).isEqualTo("updated");
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      String seen;
      do {
        seen =
            engine.readOnly(
                () -> {
                  try (Connection connection = engine.connect()) {
                    return connection
                        .execute(Sql.text("SELECT body FROM notes"))
                        .scalar(String.class);
                  }
                });
      } while (!"updated".equals(seen) && System.nanoTime() < deadline && pause());
      assertThat(seen).as("the replica caught up").isEqualTo("updated");
    }
  }

  private static boolean pause() {
    try {
      Thread.sleep(5);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void aWriteRoutedToTheReplicaFailsTyped(TestDb db) {
    String replica = ClusterServers.replicaOf(db);
    try (Engine engine = engine(db, ReadReplicas.builder().url(replica, null, null).build())) {
      createNotes(engine);
      ClusterServers.awaitReplica(db, Duration.ofSeconds(30));
      assertThatThrownBy(
              () ->
                  engine.readOnly(
                      () -> {
                        engine.transaction(
                            connection ->
                                connection.execute(
                                    Sql.text("INSERT INTO notes VALUES (:id, 'x')").bind("id", 2)));
                        return null;
                      }))
          .isInstanceOfSatisfying(
              DatabaseException.class, e -> assertThat(e.sqlState()).isEqualTo("25006"))
          .hasMessageContaining("read-only transaction")
          .hasMessageContaining("INSERT INTO notes");
    }
  }
}
