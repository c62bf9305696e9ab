package dev.cairn.orm.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.session.SessionFixtures.User;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;

/** The walkthrough of DESIGN.md ("How a user meets it"), as written, on every database. */
class SessionSeedTest {

  @DatabaseTest
  void seedWalkthroughRunsAsWritten(TestDb db) {
    Engine engine = db.engine();

    SessionFactory sessions = SessionFactory.builder(engine).entities(User.class).build();
    sessions.createAll();

    try (Session session = sessions.openSession()) {
      session.add(new User("john_doe"));
      session.commit();
      User user = session.query(User.class).filterBy("username", "john_doe").first();
      System.out.println(user.getUsername());
      assertThat(user.getUsername()).isEqualTo("john_doe");
      assertThat(user.getId()).isNotNull();
    }
    assertThat(engine.tableExists("users")).isTrue();
  }
}
