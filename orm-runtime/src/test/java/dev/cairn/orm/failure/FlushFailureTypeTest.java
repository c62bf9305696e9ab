package dev.cairn.orm.failure;

import static dev.cairn.orm.failure.FailureFixtures.itemNames;
import static dev.cairn.orm.failure.FailureFixtures.number;
import static dev.cairn.orm.failure.FailureFixtures.sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cairn.core.DatabaseException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.IntegrityViolationException;
import dev.cairn.core.LockTimeoutException;
import dev.cairn.core.UniqueViolationException;
import dev.cairn.core.engine.Connection;
import dev.cairn.core.engine.Engine;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.failure.FailureFixtures.FlCourse;
import dev.cairn.orm.failure.FailureFixtures.FlItem;
import dev.cairn.orm.failure.FailureFixtures.FlStudent;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import org.junit.jupiter.api.Timeout;

/**
 * A failed flush raises the database failure's own type, so {@code catch (UniqueViolationException
 * e)} around {@code commit()} works, and its message still names the action, entity, table and
 * objects that were being written.
 */
class FlushFailureTypeTest {

  @DatabaseTest
  void aDuplicateKeyInACommitOf1000ObjectsIsAUniqueViolationNamingTheFlush(TestDb db) {
    SessionFactory sessions = sessions(db.engine());
    try (Session session = sessions.openSession()) {
      session.add(new FlItem("item-0500"));
      session.commit();
      for (int i = 0; i < 1000; i++) {
        session.add(new FlItem(String.format("item-%04d", i)));
      }
      UniqueViolationException e =
          catchThrowableOfType(UniqueViolationException.class, session::commit);

      assertThat(e.getMessage())
          .startsWith("Flush failed: INSERT of FlItem (")
          .contains(" objects, ids [new, new, ")
          .contains(" in table fl_items failed: Duplicate key");
      assertThat(e.context()).startsWith("Flush failed: INSERT of FlItem (");
      assertThat(e.sql()).startsWith("INSERT INTO fl_items");
      assertThat(e.getCause()).isInstanceOf(UniqueViolationException.class);
      DatabaseException original = (DatabaseException) e.getCause();
      assertThat(e.sqlState()).isEqualTo(original.sqlState());
      assertThat(e.vendorCode()).isEqualTo(original.vendorCode());
      session.rollback();
    }
    assertThat(itemNames(db)).containsExactly("item-0500");
  }

  @DatabaseTest
  void aValueTooLongForItsColumnIsAnIntegrityViolationOnEveryDatabase(TestDb db) {
    SessionFactory sessions = sessions(db.engine());
    try (Session session = sessions.openSession()) {
      session.add(new FlItem("x".repeat(40)));
      session.commit();
      session.add(new FlItem("y".repeat(41)));
      IntegrityViolationException e =
          catchThrowableOfType(IntegrityViolationException.class, session::commit);
      assertThat(e.kind()).isEqualTo(ErrorKind.INTEGRITY_VIOLATION);
      assertThat(e.getMessage())
          .startsWith("Flush failed: INSERT of FlItem with id new in table fl_items failed:");
      session.rollback();
    }
    assertThat(itemNames(db)).containsExactly("x".repeat(40));
  }

  @DatabaseTest
  void aDuplicateLinkRowIsAUniqueViolationNamingTheRelationship(TestDb db) {
    SessionFactory sessions = sessions(db.engine());
    try (Session session = sessions.openSession()) {
      FlStudent student = new FlStudent("ann");
      FlCourse course = new FlCourse("math");
      session.add(student);
      session.add(course);
      session.commit();
      assertThat(student.courses).isEmpty();
      db.executeJdbc(
          "INSERT INTO fl_student_courses (fl_student_id, fl_course_id) VALUES ("
              + student.id
              + ", "
              + course.id
              + ")");
      student.courses.add(course);
      UniqueViolationException e =
          catchThrowableOfType(UniqueViolationException.class, session::commit);
      assertThat(e.getMessage())
          .startsWith(
              "Flush failed: INSERT of 1 link rows of FlStudent.courses in table"
                  + " fl_student_courses failed: Duplicate key");
      session.rollback();
    }
    assertThat(number(db, "SELECT COUNT(*) FROM fl_student_courses")).isEqualTo(1);
  }

  @DatabaseTest
  @Timeout(30)
  void aLockTimeoutDuringAFlushIsALockTimeoutException(TestDb db) {
    Engine engine =
        db.database() == TestDatabase.SQLITE
            ? Engine.create(db.jdbcUrl().replace("busy_timeout=5000", "busy_timeout=100"))
            : db.engine();
    try {
      SessionFactory sessions = sessions(engine);
      try (Session session = sessions.openSession()) {
        FlItem item = new FlItem("locked");
        session.add(item);
        session.commit();
        shortLockTimeout(db, session);
        try (Connection holder = engine.connect()) {
          holder.execute(Sql.text("UPDATE fl_items SET name = 'held' WHERE id = " + item.id));
          item.name = "waiting";
          LockTimeoutException e = catchThrowableOfType(LockTimeoutException.class, session::flush);
          assertThat(e.getMessage())
              .startsWith("Flush failed: UPDATE of FlItem with id " + item.id)
              .contains(" in table fl_items failed: A lock could not be acquired");
          holder.rollback();
        }
        session.rollback();
      }
      assertThat(itemNames(db)).containsExactly("locked");
    } finally {
      if (engine != db.engine()) {
        engine.close();
      }
    }
  }

  /** Makes the session's connection give up waiting for a lock after about a second at most. */
  private static void shortLockTimeout(TestDb db, Session session) {
    String sql =
        switch (db.database()) {
          case H2 -> "SET LOCK_TIMEOUT 200";
          case POSTGRESQL -> "SET lock_timeout = '200ms'";
          case MARIADB -> "SET SESSION innodb_lock_wait_timeout = 1";
          case SQLITE -> null;
        };
    if (sql != null) {
      session.execute(Sql.text(sql));
    }
  }
}
