package dev.cairn.orm.failure;

import static dev.cairn.orm.failure.FailureFixtures.sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.InvalidUsageException;
import dev.cairn.orm.Load;
import dev.cairn.orm.NoResultException;
import dev.cairn.orm.NonUniqueResultException;
import dev.cairn.orm.NotLoadedException;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.failure.FailureFixtures.FlItem;
import dev.cairn.orm.failure.FailureFixtures.FlOwner;
import dev.cairn.orm.failure.FailureFixtures.FlPet;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;

/** Misuse and wrong result sizes have types of their own, catchable by what the caller does. */
class MisuseExceptionTest {

  private static SessionFactory withData(TestDb db) {
    SessionFactory sessions = sessions(db.engine());
    try (Session session = sessions.openSession()) {
      session.add(new FlItem("a"));
      session.add(new FlItem("b"));
      FlOwner owner = new FlOwner("ann");
      new FlPet("rex", owner);
      session.add(owner);
      session.commit();
    }
    return sessions;
  }

  @DatabaseTest
  void oneFindingNoRowOrSeveralHasItsOwnType(TestDb db) {
    try (Session session = withData(db).openSession()) {
      assertThatThrownBy(() -> session.query(FlItem.class).filterBy("name", "none").one())
          .isExactlyInstanceOf(NoResultException.class)
          .hasMessage(
              "Query of FlItem expected exactly one result but found none; use oneOrNull() or"
                  + " first() or refine the filters");
      assertThatThrownBy(() -> session.query(FlItem.class).one())
          .isExactlyInstanceOf(NonUniqueResultException.class)
          .hasMessageContaining("found more than one; use first() or all()");
      assertThatThrownBy(() -> session.query(FlItem.class).oneOrNull())
          .isExactlyInstanceOf(NonUniqueResultException.class)
          .hasMessageContaining("expected at most one result but found more than one");
      assertThat(session.query(FlItem.class).filterBy("name", "a").one().name).isEqualTo("a");
    }
  }

  @DatabaseTest
  void refusedLazyLoadsAreNotLoadedExceptions(TestDb db) {
    SessionFactory sessions = withData(db);
    FlOwner detached;
    try (Session session = sessions.openSession()) {
      FlOwner raised = session.query(FlOwner.class).options(Load.raise("pets")).one();
      assertThatThrownBy(() -> raised.pets.size())
          .isExactlyInstanceOf(NotLoadedException.class)
          .isInstanceOf(InvalidUsageException.class)
          .hasMessageContaining("FlOwner.pets")
          .hasMessageContaining("Load.selectin(\"pets\")");
      session.expunge(raised);
      detached = session.query(FlOwner.class).one();
    }
    assertThatThrownBy(() -> detached.pets.size())
        .isExactlyInstanceOf(NotLoadedException.class)
        .hasMessageContaining("is detached (its session was closed or it was expunged)");
    try (Session strict = withStrict(db).openSession()) {
      FlOwner owner = strict.query(FlOwner.class).one();
      assertThatThrownBy(() -> owner.pets.size())
          .isExactlyInstanceOf(NotLoadedException.class)
          .hasMessageContaining("the session loads strictly");
    }
  }

  @DatabaseTest
  void aClosedSessionIsInvalidUsage(TestDb db) {
    Session session = withData(db).openSession();
    session.close();
    assertThatThrownBy(() -> session.query(FlItem.class).count())
        .isExactlyInstanceOf(InvalidUsageException.class)
        .hasMessage("This Session is closed; open a new one with SessionFactory.openSession()");
    assertThatThrownBy(() -> session.add(new FlItem("c")))
        .isExactlyInstanceOf(InvalidUsageException.class);
  }

  private static SessionFactory withStrict(TestDb db) {
    return SessionFactory.builder(db.engine())
        .entities(
            FlItem.class,
            FailureFixtures.FlCounter.class,
            FlOwner.class,
            FlPet.class,
            FailureFixtures.FlStudent.class,
            FailureFixtures.FlCourse.class)
        .strictLoading(true)
        .build();
  }
}
