package dev.cairn.orm.replica;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.ReadReplicas;
import dev.cairn.core.retry.RetryPolicy;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.ClusterServers;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.time.Duration;
import java.util.List;

/** ORM sessions opened inside {@code engine.readOnly(...)} read from the PostgreSQL replica. */
class ReplicaSessionTest {

  @Entity
  @Table(name = "books")
  static class Book {
    @Id Long id;
    String title;

    Book() {}

    Book(long id, String title) {
      this.id = id;
      this.title = title;
    }
  }

  @DatabaseTest(TestDatabase.POSTGRESQL)
  void sessionsInsideReadOnlyQueryTheReplica(TestDb db) {
    String replica = ClusterServers.replicaOf(db);
    try (Engine engine =
        Engine.builder(db.dataSource())
            .readReplicas(ReadReplicas.builder().url(replica, null, null).build())
            .build()) {
      SessionFactory sessions = SessionFactory.builder(engine).entities(Book.class).build();
      sessions.createAll();
      sessions.runInTransaction(
          RetryPolicy.defaults(), session -> session.add(new Book(1, "Dune")));
      ClusterServers.awaitReplica(db, Duration.ofSeconds(30));

      List<Object> seen =
          engine.readOnly(
              () -> {
                try (Session session = sessions.openSession()) {
                  Boolean standby =
                      session.execute(Sql.text("SELECT pg_is_in_recovery()")).scalar(Boolean.class);
                  return List.of(standby, session.get(Book.class, 1L).title);
                }
              });
      assertThat(seen).containsExactly(true, "Dune");

      Boolean onPrimary =
          sessions.inTransaction(
              RetryPolicy.defaults(),
              session ->
                  session.execute(Sql.text("SELECT pg_is_in_recovery()")).scalar(Boolean.class));
      assertThat(onPrimary).isFalse();
    }
  }
}
