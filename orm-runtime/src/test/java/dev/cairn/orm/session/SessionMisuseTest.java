package dev.cairn.orm.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.SessionListener;
import dev.cairn.orm.session.SessionFixtures.Unregistered;
import dev.cairn.orm.session.SessionFixtures.User;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Misuse fails fast with a message that names what is wrong and what to do. */
class SessionMisuseTest {

  @DatabaseTest
  void getWithAnIdOfTheWrongType(TestDb db) {
    SessionFactory sessions = SessionFactory.builder(db.engine()).entities(User.class).build();
    try (Session session = sessions.openSession()) {
      assertThatThrownBy(() -> session.get(User.class, 1))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "Wrong id type for User.id: expected Long but was given Integer; pass a value of type Long"
                  + " (convert it first)");
      assertThatThrownBy(() -> session.get(User.class, "1"))
          .hasMessageContaining("expected Long but was given String");
    }
  }

  @DatabaseTest
  void addOfAnUnmappedObject(TestDb db) {
    SessionFactory sessions = SessionFactory.builder(db.engine()).entities(User.class).build();
    try (Session session = sessions.openSession()) {
      assertThatThrownBy(() -> session.add(new Unregistered()))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining(Unregistered.class.getName() + " is not a registered entity")
          .hasMessageContaining("register it with entities(...) or scan(...)");
      assertThatThrownBy(() -> session.add("text"))
          .hasMessageContaining("java.lang.String is not a registered entity (it has no @Entity)");
    }
  }

  @DatabaseTest
  void commitOfAClosedSession(TestDb db) {
    SessionFactory sessions = SessionFactory.builder(db.engine()).entities(User.class).build();
    sessions.createAll();
    Session session = sessions.openSession();
    User user = new User("pending");
    session.add(user);
    session.close();
    assertThatThrownBy(session::commit)
        .isInstanceOf(CairnException.class)
        .hasMessage("This Session is closed; open a new one with SessionFactory.openSession()");
    assertThatThrownBy(() -> session.add(new User("x"))).hasMessageContaining("closed");
    try (Session other = sessions.openSession()) {
      assertThat(other.query(User.class).count()).isZero();
    }
  }

  @DatabaseTest
  void twoThreadsAtOnceFailFast(TestDb db) throws Exception {
    CountDownLatch inFlush = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    SessionListener blocking =
        new SessionListener() {
          @Override
          public void beforeFlush(Session session) {
            inFlush.countDown();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    SessionFactory sessions =
        SessionFactory.builder(db.engine()).entities(User.class).listener(blocking).build();
    sessions.createAll();
    try (Session session = sessions.openSession()) {
      session.add(new User("a"));
      CompletableFuture<Void> flushing = CompletableFuture.runAsync(session::flush);
      assertThat(inFlush.await(10, TimeUnit.SECONDS)).isTrue();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      try {
        session.add(new User("b"));
      } catch (CairnException e) {
        failure.set(e);
      }
      release.countDown();
      flushing.get(10, TimeUnit.SECONDS);
      assertThat(failure.get())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("This Session is in use by thread")
          .hasMessageContaining("a Session belongs to one thread at a time");
      session.add(new User("c"));
      session.commit();
      assertThat(session.query(User.class).count()).isEqualTo(2);
    }
  }
}
