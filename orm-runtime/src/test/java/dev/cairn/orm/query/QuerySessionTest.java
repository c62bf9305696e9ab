package dev.cairn.orm.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.core.engine.ExecutionContext;
import dev.cairn.core.engine.ExecutionListener;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Queries through real sessions: autoflush, identity, bulk consistency and 2.0-style loading. */
class QuerySessionTest {

  private final List<String> sql = new ArrayList<>();

  private SessionFactory factory(TestDb db) {
    Engine engine =
        Engine.builder(db.dataSource())
            .listener(
                new ExecutionListener() {
                  @Override
                  public void beforeExecute(ExecutionContext context) {
                    sql.add(context.sql());
                  }
                })
            .build();
    SessionFactory factory = SessionFactory.builder(engine).entities(QueryPerson.class).build();
    factory.createAll();
    try (Session session = factory.openSession()) {
      session.add(new QueryPerson(1L, "ann", 31));
      session.add(new QueryPerson(2L, "bob", 17));
      session.add(new QueryPerson(3L, "eve", 17));
      session.commit();
    }
    sql.clear();
    return factory;
  }

  @DatabaseTest
  void theSeedRunsAsWritten(TestDb db) {
    SessionFactory sessions = factory(db);
    try (Session session = sessions.openSession()) {
      session.add(new QueryPerson(9L, "john_doe", 40));
      session.commit();
      QueryPerson user = session.query(QueryPerson.class).filterBy("username", "john_doe").first();
      assertThat(user.getUsername()).isEqualTo("john_doe");
      assertThat(session.query(QueryPerson.class).filterBy("username", "john_doe").one())
          .isSameAs(user);
    }
  }

  @DatabaseTest
  void queriesAutoflushPendingChanges(TestDb db) {
    SessionFactory sessions = factory(db);
    try (Session session = sessions.openSession()) {
      session.add(new QueryPerson(4L, "dora", 45));
      QueryPerson bob = session.get(QueryPerson.class, 2L);
      bob.setNickname("bobby");
      sql.clear();
      assertThat(session.query(QueryPerson.class).filterBy("nickname", "bobby").one())
          .isSameAs(bob);
      assertThat(sql).hasSize(3);
      assertThat(sql.get(0)).startsWith("INSERT INTO people");
      assertThat(sql.get(1)).startsWith("UPDATE people SET nickname = ?");
      assertThat(sql.get(2)).startsWith("SELECT people.id");
      assertThat(session.query(QueryPerson.class).count()).isEqualTo(4);
      assertThat(sql).hasSize(4);
    }
  }

  @DatabaseTest
  void bulkChangesKeepLoadedInstancesConsistent(TestDb db) {
    SessionFactory sessions = factory(db);
    try (Session session = sessions.openSession()) {
      List<QueryPerson> loaded = session.query(QueryPerson.class).orderBy("id").all();
      QueryPerson ann = loaded.get(0);
      QueryPerson bob = loaded.get(1);
      QueryPerson eve = loaded.get(2);
      long updated =
          session
              .query(QueryPerson.class)
              .filter(Criteria.of(QueryPerson::getAge).eq(17))
              .update(Map.of("nickname", "teen"));
      assertThat(updated).isEqualTo(2);
      assertThat(bob.getNickname()).isEqualTo("teen");
      assertThat(eve.getNickname()).isEqualTo("teen");
      assertThat(ann.getNickname()).isNull();

      long deleted = session.query(QueryPerson.class).filterBy("username", "eve").delete();
      assertThat(deleted).isEqualTo(1);
      assertThat(session.contains(eve)).isFalse();
      assertThat(session.contains(bob)).isTrue();
      assertThat(session.query(QueryPerson.class).orderBy("id").all()).containsExactly(ann, bob);
      session.commit();
    }
    try (Session session = sessions.openSession()) {
      assertThat(session.query(QueryPerson.class).filterBy("nickname", "teen").all())
          .extracting(QueryPerson::getUsername)
          .containsExactly("bob");
    }
  }

  @DatabaseTest
  void textSqlAndCoreSelectsLoadEntities(TestDb db) {
    SessionFactory sessions = factory(db);
    try (Session session = sessions.openSession()) {
      QueryPerson bob = session.get(QueryPerson.class, 2L);
      List<QueryPerson> teens =
          session.fromSql(
              QueryPerson.class,
              "SELECT * FROM people WHERE age = :age ORDER BY id",
              Map.of("age", 17));
      assertThat(teens).extracting(QueryPerson::getUsername).containsExactly("bob", "eve");
      assertThat(teens.get(0)).isSameAs(bob);

      var people = session.table(QueryPerson.class);
      var name = session.query(QueryPerson.class).column(QueryPerson::getUsername);
      List<QueryPerson> named =
          session.scalars(QueryPerson.class, Sql.selectFrom(people).where(name.eq("ann")));
      assertThat(named).extracting(QueryPerson::getId).containsExactly(1L);

      assertThat(
              session
                  .execute(Sql.select(Sql.count()).from(people).where(name.startsWith("e")))
                  .scalar(Long.class))
          .isEqualTo(1L);
    }
  }
}
