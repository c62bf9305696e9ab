package dev.cairn.spring.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.EntityState;
import dev.cairn.spring.data.domain.Book;
import dev.cairn.spring.data.domain.BookRepository;
import dev.cairn.spring.data.domain.BookSummary;
import dev.cairn.spring.data.domain.TitleAndAuthor;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/** {@code @Query} SQL: parameters, mapping to entities, records, interfaces, scalars; paging. */
class SqlQueryTest {

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void namedAndPositionalParametersMapToEntitiesFromTheIdentityMap(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      Book hobbit = books.findByTitle("Hobbit").get(0);
      f.counter.reset();
      assertThat(books.byTitleSql("Hobbit")).isSameAs(hobbit);
      assertThat(f.counter.statements()).containsExactly("SELECT * FROM r_books WHERE title = ?");
      assertThat(books.pagesBetweenSql(200, 420))
          .extracting(Book::getPages)
          .containsExactly(256, 310, 412);
      assertThat(f.counter.statements())
          .as("?1 and ?2 bound, not spliced")
          .contains("SELECT * FROM r_books WHERE pages > ? AND pages < ? ORDER BY pages");
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void aCollectionParameterExpandsForIn(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      f.counter.reset();
      assertThat(books.titlesWithPagesSql(java.util.List.of(120, 474, 9999)))
          .containsExactly("100%_Pure", "Emma");
      assertThat(f.counter.statements())
          .containsExactly("SELECT title FROM r_books WHERE pages IN (?, ?, ?) ORDER BY title");
      assertThat(books.titlesWithPagesSql(java.util.List.of())).isEmpty();
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void rowsMapToRecordsInterfacesAndScalars(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      assertThat(books.summariesSql(false))
          .containsExactly(new BookSummary("100%_Pure", 120), new BookSummary("Emma", 474));
      assertThat(books.titlesWithAuthorsSql("Ann"))
          .extracting(TitleAndAuthor::getTitle, TitleAndAuthor::getAuthorName)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Emma", "Ann"),
              org.assertj.core.groups.Tuple.tuple("Hobbit", "Ann"));
      assertThat(books.countSql(true)).isEqualTo(3L);
      assertThat(books.titlesSql()).hasSize(5).contains("Dune", "100%_Pure");
      assertThat(books.titleByIsbnSql("978-0441")).contains("Dune");
      assertThat(books.titleByIsbnSql("000")).isEmpty();
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void pagesRunTheCountQueryOrADerivedOne(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      f.counter.reset();
      Page<Book> page = books.pageSql(PageRequest.of(1, 2));
      assertThat(page.getContent()).hasSize(2);
      assertThat(page.getTotalElements()).isEqualTo(5);
      assertThat(page.getTotalPages()).isEqualTo(3);
      assertThat(f.counter.statements())
          .contains(
              "SELECT * FROM r_books ORDER BY title LIMIT ? OFFSET ?",
              "SELECT COUNT(*) FROM r_books");

      Page<Book> derived = books.pageWithDerivedCountSql(300, PageRequest.of(0, 2));
      assertThat(derived.getTotalElements()).isEqualTo(3);
      assertThat(derived.getContent()).hasSize(2);
      assertThat(f.counter.statements())
          .contains(
              "SELECT COUNT(*) FROM (SELECT * FROM r_books WHERE pages > ? ORDER BY title)"
                  + " cairn_counted");

      Slice<Book> slice = books.sliceSql(PageRequest.of(1, 2));
      assertThat(slice.getContent()).extracting(Book::getPages).containsExactly(310, 412);
      assertThat(slice.hasNext()).isTrue();
      assertThat(books.sliceSql(PageRequest.of(2, 2)).hasNext()).isFalse();
      try (Stream<BookSummary> stream = books.streamSql(300)) {
        assertThat(stream)
            .containsExactly(
                new BookSummary("Hobbit", 310),
                new BookSummary("Dune", 412),
                new BookSummary("Emma", 474));
      }

      assertThatThrownBy(() -> books.pageSql(PageRequest.of(0, 2, Sort.by("title"))))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "Query method BookRepository.pageSql was given a sorted Pageable; its @Query SQL"
                  + " sorts itself: write the ORDER BY into the SQL and pass an unsorted Pageable");
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void modifyingQueriesFlushFirstAndReturnTheRowCount(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      Book emma = books.findByTitle("Emma").get(0);
      emma.setTitle("Emma!");
      f.counter.reset();
      assertThat(books.markAvailableSql(false, 300)).isEqualTo(3);
      assertThat(f.counter.statements())
          .as("the pending rename is flushed before the UPDATE")
          .containsExactly(
              "UPDATE r_books SET title = ?, version = ? WHERE r_books.id = ? AND r_books.version = ?",
              "UPDATE r_books SET available = ? WHERE pages > ?");
      f.commitAndClear();
      assertThat(f.column("SELECT COUNT(*) FROM r_books WHERE available = TRUE"))
          .containsExactly(1L);
      assertThat(f.column("SELECT title FROM r_books WHERE pages = 474")).containsExactly("Emma!");

      Book dune = books.findByTitle("Dune").get(0);
      books.deleteReviewsBelowSql(5);
      assertThat(f.session.state(dune)).as("cleared").isEqualTo(EntityState.DETACHED);
      f.commitAndClear();
      assertThat(f.column("SELECT stars FROM r_reviews")).containsExactly(5);
    }
  }
}
