package dev.cairn.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spring.data.domain.Author;
import dev.cairn.spring.data.domain.AuthorRepository;
import dev.cairn.spring.data.domain.Book;
import dev.cairn.spring.data.domain.BookRepository;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.springframework.data.domain.Limit;

/**
 * Every supported keyword of derived queries, by its exact result, on H2, PostgreSQL and MariaDB.
 * (MariaDB compares text case-insensitively by default, so only the IgnoreCase tests mix cases.)
 */
class DerivedQueryTest {

  private static ListAssert<String> titles(List<Book> books) {
    return assertThat(books.stream().map(Book::getTitle).toList());
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void orderingThroughAReferenceJoinsIt(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      titles(books.findByPagesGreaterThanOrderByAuthorNameAscPagesDesc(200))
          .containsExactly("Emma", "Hobbit", "Dune", "dune messiah");
      f.counter.reset();
      titles(
              books.findAll(
                  org.springframework.data.domain.Sort.by(
                      org.springframework.data.domain.Sort.Order.desc("author.name"),
                      org.springframework.data.domain.Sort.Order.asc("pages"))))
          .containsExactly("100%_Pure", "dune messiah", "Dune", "Hobbit", "Emma");
      assertThat(f.counter.statements().get(0))
          .contains(" LEFT OUTER JOIN r_authors ")
          .contains(" ORDER BY ");
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void equalityNegationAndComparisons(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      titles(books.findByTitle("Dune")).containsExactly("Dune");
      titles(books.findByTitleIs("Emma")).containsExactly("Emma");
      titles(books.findByTitleNot("Dune"))
          .containsExactlyInAnyOrder("Emma", "Hobbit", "100%_Pure", "dune messiah");
      titles(books.findByPagesLessThan(310)).containsExactlyInAnyOrder("100%_Pure", "dune messiah");
      titles(books.findByPagesLessThanEqual(310))
          .containsExactlyInAnyOrder("100%_Pure", "dune messiah", "Hobbit");
      titles(books.findByPagesGreaterThan(412)).containsExactly("Emma");
      titles(books.findByPagesGreaterThanEqual(412)).containsExactlyInAnyOrder("Emma", "Dune");
      titles(books.findByPagesBetween(256, 412))
          .containsExactlyInAnyOrder("dune messiah", "Hobbit", "Dune");
      titles(books.findByPublishedBefore(LocalDate.of(1937, 9, 21))).containsExactly("Emma");
      titles(books.findByPublishedAfter(LocalDate.of(1965, 8, 1)))
          .containsExactlyInAnyOrder("dune messiah", "100%_Pure");
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void textPatternsEscapeWildcardsAndIgnoreCase(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      titles(books.findByTitleLike("H%b_t")).containsExactly("Hobbit");
      titles(books.findByTitleNotLike("%u%")).containsExactlyInAnyOrder("Emma", "Hobbit");
      titles(books.findByTitleStartingWith("Hob")).containsExactly("Hobbit");
      titles(books.findByTitleStartingWith("100%_")).containsExactly("100%_Pure");
      titles(books.findByTitleStartingWith("1%")).as("% matched literally").isEmpty();
      titles(books.findByTitleEndingWith("ah")).containsExactly("dune messiah");
      titles(books.findByTitleContaining("%_P")).containsExactly("100%_Pure");
      titles(books.findByTitleContaining("_"))
          .as("_ matched literally")
          .containsExactly("100%_Pure");
      titles(books.findByTitleNotContaining("un"))
          .containsExactlyInAnyOrder("Emma", "Hobbit", "100%_Pure");
      titles(books.findByTitleIgnoreCase("DUNE")).containsExactly("Dune");
      titles(books.findByTitleStartingWithIgnoreCase("DUNE"))
          .containsExactlyInAnyOrder("Dune", "dune messiah");
      titles(books.findByTitleContainingAllIgnoreCase("UR")).containsExactly("100%_Pure");
      titles(books.findByTitleInIgnoreCase(List.of("DUNE", "emma")))
          .containsExactlyInAnyOrder("Dune", "Emma");
      titles(books.findByAuthorNameIgnoreCase("bob"))
          .containsExactlyInAnyOrder("Dune", "dune messiah");
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void inNullsAndBooleans(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      titles(books.findByPagesIn(List.of(120, 310, 999)))
          .containsExactlyInAnyOrder("100%_Pure", "Hobbit");
      titles(books.findByTitleIn("Emma", "Dune")).containsExactlyInAnyOrder("Emma", "Dune");
      titles(books.findByPagesNotIn(List.of(120, 310)))
          .containsExactlyInAnyOrder("Dune", "Emma", "dune messiah");
      titles(books.findByIsbnIsNull()).containsExactlyInAnyOrder("Emma", "dune messiah");
      titles(books.findByIsbnIsNotNull()).containsExactlyInAnyOrder("Dune", "Hobbit", "100%_Pure");
      titles(books.findByAvailableTrue())
          .containsExactlyInAnyOrder("Dune", "Hobbit", "dune messiah");
      titles(books.findByAvailableFalse()).containsExactlyInAnyOrder("Emma", "100%_Pure");
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void nestedPropertiesThroughRelationships(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      AuthorRepository authors = f.repository(AuthorRepository.class);
      titles(books.findByAuthorName("Ann")).containsExactlyInAnyOrder("Emma", "Hobbit");
      titles(books.findByReviewsStars(4)).containsExactly("Dune");
      titles(books.findByTagsName("classic")).containsExactlyInAnyOrder("Dune", "Emma", "Hobbit");
      titles(books.findDistinctByTagsNameIn(List.of("classic", "sci-fi")))
          .as("each book once")
          .containsExactlyInAnyOrder("Dune", "Emma", "Hobbit", "dune messiah");
      Author bob = authors.findByBooksTitle("Dune").get(0);
      assertThat(bob.getName()).isEqualTo("Bob");
      titles(books.findByAuthor(bob)).containsExactlyInAnyOrder("Dune", "dune messiah");
      titles(books.findByReviewsIsEmpty()).containsExactlyInAnyOrder("Hobbit", "100%_Pure");
      titles(books.findByReviewsIsNotEmpty())
          .containsExactlyInAnyOrder("Dune", "Emma", "dune messiah");
      titles(books.findByTagsIsEmpty()).as("many-to-many").containsExactly("100%_Pure");
      authors.save(new Author("Dag", "DK"));
      assertThat(authors.findByBooksIsEmpty()).extracting(Author::getName).containsExactly("Dag");
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void andOrOrderByTopAndFirst(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      BookRepository books = f.repository(BookRepository.class);
      titles(books.findByTitleStartingWithOrPagesGreaterThan("H", 450))
          .containsExactlyInAnyOrder("Hobbit", "Emma");
      titles(books.findByAuthorNameAndAvailableTrue("Ann")).containsExactly("Hobbit");
      titles(books.findByAvailableTrueOrderByPagesDesc())
          .containsExactly("Dune", "Hobbit", "dune messiah");
      titles(books.findTop2ByOrderByPagesDesc()).containsExactly("Emma", "Dune");
      assertThat(books.findFirstByOrderByTitle().getTitle()).isEqualTo("100%_Pure");
      titles(books.findByPagesGreaterThanOrderByPagesDesc(200, Limit.of(2)))
          .containsExactly("Emma", "Dune");
      titles(books.findByPagesGreaterThanOrderByPagesDesc(200, Limit.unlimited())).hasSize(4);
    }
  }
}
