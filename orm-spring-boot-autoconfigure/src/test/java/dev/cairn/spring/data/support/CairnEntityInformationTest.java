package dev.cairn.spring.data.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import dev.cairn.spring.data.domain.Author;
import dev.cairn.spring.data.domain.Book;
import dev.cairn.spring.data.domain.Review;
import dev.cairn.spring.data.domain.Tag;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;

/** When a repository treats an instance as new: session state, identifier and version. */
class CairnEntityInformationTest {

  /** An entity with a primitive, assigned key. */
  @Entity
  @Table(name = "r_counters")
  static class Counter {
    @Id long id;

    Counter() {}

    Counter(long id) {
      this.id = id;
    }
  }

  @DatabaseTest(TestDatabase.H2)
  void newMeansNoKeyOrNoVersionAndNotInTheSession(TestDb db) {
    Engine engine = db.engine();
    SessionFactory sessions =
        SessionFactory.builder(engine)
            .entities(Author.class, Book.class, Tag.class, Review.class, Counter.class)
            .build();
    sessions.createAll();
    try (Session session = sessions.openSession()) {
      var authors = new CairnEntityInformation<>(sessions.mapping().entity(Author.class), session);
      var books = new CairnEntityInformation<>(sessions.mapping().entity(Book.class), session);
      var counters =
          new CairnEntityInformation<>(sessions.mapping().entity(Counter.class), session);

      Author ann = new Author("Ann", null);
      assertThat(authors.isNew(ann)).as("null key").isTrue();
      session.add(ann);
      assertThat(authors.isNew(ann)).as("pending").isFalse();
      session.commit();
      assertThat(authors.getId(ann)).isNotNull();
      assertThat(authors.getIdType()).isEqualTo(Long.class);
      session.expunge(ann);
      assertThat(authors.isNew(ann)).as("detached with a key").isFalse();

      Book book = new Book("Dune", 412, null);
      assertThat(books.isNew(book)).as("null version").isTrue();
      session.add(book);
      session.commit();
      session.expunge(book);
      assertThat(book.getVersion()).isNotNull();
      assertThat(books.isNew(book)).as("detached with a version").isFalse();

      assertThat(counters.isNew(new Counter(0))).as("primitive 0").isTrue();
      assertThat(counters.isNew(new Counter(7))).as("assigned key").isFalse();
    }
  }
}
