package dev.cairn.orm.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.EntityState;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionOptions;
import dev.cairn.orm.session.SessionFixtures.Child;
import dev.cairn.orm.session.SessionFixtures.Fixture;
import dev.cairn.orm.session.SessionFixtures.Parent;
import dev.cairn.orm.session.SessionFixtures.User;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;

/**
 * Read-only sessions and read-only queries: nothing they load is ever written, the identity map
 * still gives one instance per row, and references still load in one batch.
 */
class ReadOnlySessionTest {

  private static void seed(Fixture f) {
    try (Session session = f.sessions.openSession()) {
      Parent parent = new Parent("p");
      session.addAll(List.of(new User("ann"), new User("bob"), parent, new Child(parent, "c")));
      session.commit();
    }
    f.recorder.clear();
  }

  @DatabaseTest
  void aReadOnlySessionNeverWritesAndKeepsOneInstancePerRow(TestDb db) {
    try (Fixture f = new Fixture(db, User.class, Parent.class, Child.class).create()) {
      seed(f);
      try (Session session = f.sessions.openSession(SessionOptions.readOnly())) {
        List<User> users = session.query(User.class).orderBy("username").all();
        User ann = users.get(0);
        ann.setUsername("changed");
        session.add(new User("new"));
        session.flush();
        assertThat(session.query(User.class).filterBy("id", ann.getId()).one()).isSameAs(ann);
        assertThat(session.get(User.class, ann.getId())).isSameAs(ann);
        assertThat(session.state(ann)).isEqualTo(EntityState.PERSISTENT);
        Child child = session.query(Child.class).one();
        assertThat(child.parent.name).isEqualTo("p");
        session.commit();
        assertThat(f.recorder.dml()).isEmpty();
        // the query of the filter, and one statement each for the child and its parent
        assertThat(f.recorder.sql).hasSize(4);
      }
      try (Session session = f.sessions.openSession()) {
        assertThat(session.query(User.class).orderBy("username").all())
            .extracting(User::getUsername)
            .containsExactly("ann", "bob");
      }
    }
  }

  @DatabaseTest
  void aReadOnlyQueryLeavesItsEntitiesUnwrittenAndTheOthersDirtyChecked(TestDb db) {
    try (Fixture f = new Fixture(db, User.class, Parent.class, Child.class).create()) {
      seed(f);
      try (Session session = f.sessions.openSession()) {
        User ann = session.query(User.class).filterBy("username", "ann").readOnly().one();
        User bob = session.query(User.class).filterBy("username", "bob").one();
        ann.setUsername("ann2");
        bob.setUsername("bob2");
        f.recorder.clear();
        assertThat(session.query(User.class).filterBy("id", ann.getId()).one()).isSameAs(ann);
        session.commit();
        // the autoflush before the query writes bob; ann is read-only
        assertThat(f.recorder.dml())
            .containsExactly("UPDATE users SET username = ? WHERE users.id = ?");
      }
      try (Session session = f.sessions.openSession()) {
        assertThat(session.query(User.class).orderBy("id").all())
            .extracting(User::getUsername)
            .containsExactly("ann", "bob2");
      }
    }
  }

  @DatabaseTest
  void committingManyUnchangedEntitiesSendsOnlyTheCommit(TestDb db) {
    try (Fixture f = new Fixture(db, User.class).create()) {
      try (Session session = f.sessions.openSession()) {
        for (int i = 0; i < 300; i++) {
          session.add(new User("u" + i));
        }
        session.commit();
      }
      try (Session session = f.sessions.openSession()) {
        List<User> users = session.query(User.class).all();
        assertThat(users).hasSize(300);
        f.recorder.clear();
        session.commit();
        assertThat(f.recorder.sql).isEmpty();
      }
    }
  }
}
