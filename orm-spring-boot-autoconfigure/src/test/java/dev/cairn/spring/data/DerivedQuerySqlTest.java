package dev.cairn.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spring.data.domain.BookRepository;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;

/** The exact SQL of representative derived queries. */
class DerivedQuerySqlTest {

  private static final String BOOK =
      "SELECT r_books.id, r_books.version, r_books.title, r_books.pages, r_books.published,"
          + " r_books.available, r_books.isbn, r_books.author_id FROM r_books";

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void derivedQueriesRenderAsExpected(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      BookRepository books = f.repository(BookRepository.class);
      f.counter.reset();
      books.findByTitleStartingWithOrPagesGreaterThan("H", 450);
      books.findByPagesIn(List.of(1, 2, 3));
      books.findTop2ByOrderByPagesDesc();
      books.findByAuthorName("Ann");
      books.findByTitleIgnoreCase("x");
      books.countByAvailableTrue();
      books.existsByTitle("x");
      assertThat(f.counter.statements())
          .containsExactly(
              BOOK + " WHERE r_books.title LIKE ? ESCAPE ? OR r_books.pages > ?",
              BOOK + " WHERE r_books.pages IN (?, ?, ?)",
              BOOK + " ORDER BY r_books.pages DESC LIMIT ?",
              BOOK
                  + " WHERE EXISTS (SELECT r_authors.id FROM r_authors WHERE r_authors.id ="
                  + " r_books.author_id AND r_authors.name = ?)",
              BOOK + " WHERE LOWER(r_books.title) = LOWER(?)",
              "SELECT COUNT(*) FROM r_books WHERE r_books.available = ?",
              "SELECT r_books.id FROM r_books WHERE r_books.title = ? LIMIT ?");
    }
  }
}
