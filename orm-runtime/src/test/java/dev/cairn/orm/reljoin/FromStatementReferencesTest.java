package dev.cairn.orm.reljoin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.orm.reljoin.JoinFixture.JBook;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;

/** Rows of a given statement keep the foreign keys they hold: references load in one batch. */
class FromStatementReferencesTest {

  @DatabaseTest
  void selectStarKeepsTheForeignKeys(TestDb db) {
    try (JoinFixture f = new JoinFixture(db).data();
        Session session = f.open()) {
      List<JBook> books =
          session
              .query(JBook.class)
              .fromStatement(Sql.text("SELECT * FROM j_books ORDER BY id"))
              .all();
      assertThat(books)
          .extracting(book -> book.getAuthor().getName())
          .containsExactly("Ann", "Ann", "Bob");
      // the statement, then the authors: no second read of author_id
      f.counter.assertCount(2);
      assertThat(f.counter.statements().get(1)).startsWith("SELECT j_authors.id, j_authors.name");
    }
  }
}
