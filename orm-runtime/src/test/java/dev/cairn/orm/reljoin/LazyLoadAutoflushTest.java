package dev.cairn.orm.reljoin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.reljoin.JoinFixture.JAuthor;
import dev.cairn.orm.reljoin.JoinFixture.JBook;
import dev.cairn.orm.reljoin.JoinFixture.JCategory;
import dev.cairn.orm.reljoin.JoinFixture.JPassport;
import dev.cairn.orm.reljoin.JoinFixture.JPerson;
import dev.cairn.orm.reljoin.JoinFixture.JTag;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;

/** A lazy collection load flushes pending changes first when autoflush is on, as a query does. */
class LazyLoadAutoflushTest {

  @DatabaseTest
  void pendingChangesAreFlushedBeforeTheLoad(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      JBook goFast = session.get(JBook.class, 3L);
      JAuthor ann = session.get(JAuthor.class, 1L);
      goFast.author = ann; // the owning side only; Ann's books are not loaded yet
      f.counter.reset();
      assertThat(ann.getBooks()).extracting(JBook::getTitle).contains("Go Fast").hasSize(3);
      assertThat(f.counter.statements()).hasSize(2);
      assertThat(f.counter.statements().get(0)).startsWith("UPDATE j_books SET author_id = ?");
      assertThat(f.counter.statements().get(1)).startsWith("SELECT j_books.id");
    }
  }

  @DatabaseTest
  void withoutAutoflushTheLoadReadsTheStoredRows(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data()) {
      SessionFactory manual =
          SessionFactory.builder(f.engine)
              .entities(
                  JAuthor.class,
                  JBook.class,
                  JTag.class,
                  JCategory.class,
                  JPerson.class,
                  JPassport.class)
              .autoflush(false)
              .build();
      try (Session session = manual.openSession()) {
        JBook goFast = session.get(JBook.class, 3L);
        JAuthor ann = session.get(JAuthor.class, 1L);
        goFast.author = ann;
        f.counter.reset();
        assertThat(ann.getBooks()).hasSize(2);
        f.counter.assertCount(1);
      }
    }
  }
}
