package dev.cairn.orm.jpa;

import static dev.cairn.orm.jpa.UnidirectionalOneToManyTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Column;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import org.jspecify.annotations.Nullable;

/**
 * The savepoint policy of a plain session: a flush is protected by a savepoint only once its
 * transaction wrote something (a failure then undoes that flush and keeps what was written before);
 * a flush of a transaction that only read takes none (a failure rolls the transaction back).
 */
class FlushSavepointTest {

  @Entity
  @Table(name = "js_labels")
  static class Label {
    @Id @GeneratedValue @Nullable Long id;

    @Column(unique = true)
    String text = "";

    Label() {}

    Label(String text) {
      this.text = text;
    }
  }

  @DatabaseTest
  void aFlushTakesASavepointOnlyAfterTheTransactionWrote(TestDb db) {
    SavepointLog log = new SavepointLog();
    try (Engine engine = Engine.of(log.wrap(db.dataSource()))) {
      SessionFactory sessions = SessionFactory.builder(engine).entities(Label.class).build();
      sessions.createAll();
      try (Session session = sessions.openSession()) {
        session.query(Label.class).all();
        log.reset();
        session.add(new Label("a"));
        session.flush();
        assertThat(log.calls()).as("the transaction had only read").isEmpty();
        session.add(new Label("b"));
        session.flush();
        assertThat(log.calls()).containsExactly("SAVEPOINT", "RELEASE SAVEPOINT");
        log.reset();
        Label duplicate = new Label("a");
        session.add(duplicate);
        assertThatThrownBy(session::flush).isInstanceOf(CairnException.class);
        assertThat(log.calls()).containsExactly("SAVEPOINT", "ROLLBACK TO SAVEPOINT");
        // the failed flush is undone, what was written before stays, the transaction goes on
        session.expunge(duplicate);
        session.add(new Label("c"));
        session.commit();
      }
      assertThat(rows(db, "SELECT text FROM js_labels ORDER BY text"))
          .containsExactly("a", "b", "c");
    }
  }

  @DatabaseTest
  void aFailedFirstFlushRollsTheTransactionBack(TestDb db) {
    SavepointLog log = new SavepointLog();
    try (Engine engine = Engine.of(log.wrap(db.dataSource()))) {
      SessionFactory sessions = SessionFactory.builder(engine).entities(Label.class).build();
      sessions.createAll();
      db.executeJdbc("INSERT INTO js_labels (text) VALUES ('a')");
      try (Session session = sessions.openSession()) {
        session.add(new Label("b"));
        session.add(new Label("a"));
        assertThatThrownBy(session::flush).isInstanceOf(CairnException.class);
        assertThat(log.calls()).isEmpty();
      }
      assertThat(rows(db, "SELECT text FROM js_labels")).containsExactly("a");
    }
  }
}
