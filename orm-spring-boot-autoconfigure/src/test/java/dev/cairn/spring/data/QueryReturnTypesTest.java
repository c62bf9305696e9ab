package dev.cairn.spring.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.spring.data.domain.Author;
import dev.cairn.spring.data.domain.AuthorRepository;
import dev.cairn.spring.data.domain.Book;
import dev.cairn.spring.data.domain.BookRepository;
import dev.cairn.spring.data.domain.BookSummary;
import dev.cairn.spring.data.domain.TitleOnly;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/** What derived query methods return: every return type, paging totals, slices, projections. */
class QueryReturnTypesTest {

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void optionalSingleCountExistsAndStream(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      assertThat(books.readByTitle("Emma")).get().extracting(Book::getPages).isEqualTo(474);
      assertThat(books.readByTitle("Nope")).isEmpty();
      assertThat(books.getByIsbn("978-0547").getTitle()).isEqualTo("Hobbit");
      assertThat(books.getByIsbn("000")).isNull();
      assertThatThrownBy(books::findOneByAvailableTrue)
          .isInstanceOf(IncorrectResultSizeDataAccessException.class)
          .hasMessageContaining("more than one result");
      assertThat(books.countByAvailableTrue()).isEqualTo(3L);
      assertThat(books.countByAuthorName("Ann")).isEqualTo(2);
      assertThat(books.queryByPagesGreaterThan(450))
          .extracting(Book::getTitle)
          .containsExactly("Emma");
      assertThat(books.searchByPagesLessThan(200))
          .extracting(Book::getTitle)
          .containsExactly("100%_Pure");
      assertThat(books.existsByTitle("Dune")).isTrue();
      assertThat(books.existsByTitle("Nope")).isFalse();
      try (Stream<Book> stream = books.streamByAvailableTrueOrderByTitle()) {
        assertThat(stream.map(Book::getPages)).containsExactlyInAnyOrder(412, 310, 256);
      }
      AuthorRepository authors = f.repository(AuthorRepository.class);
      f.counter.reset();
      try (Stream<Author> stream = authors.streamByCountryIsNotNullOrderByName()) {
        assertThat(stream.map(Author::getName)).containsExactly("Ann", "Bob");
      }
      assertThat(f.counter.count()).as("one streamed SELECT").isEqualTo(1);
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void pagesCountTheTotalAndSlicesLookOneAhead(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      f.counter.reset();
      Page<Book> page = books.findByAvailable(true, PageRequest.of(0, 2, Sort.by("pages")));
      assertThat(page.getContent()).extracting(Book::getPages).containsExactly(256, 310);
      assertThat(page.getTotalElements()).isEqualTo(3);
      assertThat(page.getTotalPages()).isEqualTo(2);
      assertThat(f.counter.statements())
          .as("the page, its authors in one batch, the total")
          .hasSize(3)
          .last()
          .asString()
          .startsWith("SELECT COUNT(*) FROM r_books WHERE");

      Page<Book> second = books.findByAvailable(true, PageRequest.of(1, 2, Sort.by("pages")));
      assertThat(second.getContent()).extracting(Book::getPages).containsExactly(412);
      assertThat(second.getTotalElements()).isEqualTo(3);

      f.counter.reset();
      Slice<Book> slice = books.readByAvailable(true, PageRequest.of(0, 2, Sort.by("pages")));
      assertThat(slice.getContent()).extracting(Book::getPages).containsExactly(256, 310);
      assertThat(slice.hasNext()).isTrue();
      assertThat(f.counter.statements())
          .as("no COUNT for a slice")
          .noneMatch(sql -> sql.contains("COUNT"));
      assertThat(f.counter.statements().get(0)).contains("LIMIT");
      Slice<Book> last = books.readByAvailable(true, PageRequest.of(1, 2, Sort.by("pages")));
      assertThat(last.getContent()).extracting(Book::getPages).containsExactly(412);
      assertThat(last.hasNext()).isFalse();

      assertThat(books.findByAvailable(false, Sort.by(Sort.Direction.DESC, "pages")))
          .extracting(Book::getPages)
          .containsExactly(474, 120);
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void recordInterfaceAndDynamicProjections(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      assertThat(books.findSummariesByAvailableTrueOrderByPagesDesc())
          .containsExactly(
              new BookSummary("Dune", 412),
              new BookSummary("Hobbit", 310),
              new BookSummary("dune messiah", 256));
      assertThat(books.findTitlesByAuthorNameOrderByTitle("Ann"))
          .extracting(TitleOnly::getTitle)
          .containsExactly("Emma", "Hobbit");
      assertThat(books.findByPagesGreaterThanOrderByPages(400, BookSummary.class))
          .containsExactly(new BookSummary("Dune", 412), new BookSummary("Emma", 474));
      assertThat(books.findByPagesGreaterThanOrderByPages(400, TitleOnly.class))
          .extracting(TitleOnly::getTitle)
          .containsExactly("Dune", "Emma");
      assertThat(books.findByPagesGreaterThanOrderByPages(400, Book.class))
          .extracting(Book::getTitle)
          .containsExactly("Dune", "Emma");
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void deleteByLoadsAndDeletesThroughTheSessionSoCascadesApply(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      assertThat(books.deleteByTitle("Dune")).isEqualTo(1);
      f.commitAndClear();
      assertThat(f.column("SELECT stars FROM r_reviews ORDER BY stars"))
          .as("Dune's reviews went with it")
          .containsExactly(2, 3);
      assertThat(f.column("SELECT COUNT(*) FROM r_book_tags")).containsExactly(4L);

      List<Book> removed = books.removeByAvailableFalse();
      assertThat(removed).extracting(Book::getTitle).containsExactlyInAnyOrder("Emma", "100%_Pure");
      books.deleteByAuthorName("Bob");
      f.commitAndClear();
      assertThat(f.column("SELECT title FROM r_books")).containsExactly("Hobbit");
      assertThat(f.column("SELECT COUNT(*) FROM r_reviews")).containsExactly(0L);
    }
  }
}
