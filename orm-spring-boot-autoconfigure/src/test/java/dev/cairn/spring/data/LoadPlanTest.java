package dev.cairn.spring.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.RelationshipCollection;
import dev.cairn.spring.data.domain.Author;
import dev.cairn.spring.data.domain.Book;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.Param;

/**
 * {@link LoadPlan @LoadPlan} on derived, {@code @Query} and redeclared CRUD methods: what it loads,
 * at what cost (books and their authors are two statements without a plan: the query, then the
 * authors in one batch), and that a page's count loads nothing.
 */
class LoadPlanTest {

  /** Books with plans on every kind of method. */
  public interface PlannedBooks extends CairnRepository<Book, Long> {

    @LoadPlan(
        joined = "author",
        selectin = {"reviews", "tags"})
    List<Book> findByAvailableTrueOrderByPages();

    @LoadPlan(raise = "reviews")
    List<Book> findByAuthorNameOrderByTitle(String name);

    @LoadPlan("reviews")
    Page<Book> findByPagesGreaterThan(int pages, Pageable pageable);

    @LoadPlan("reviews")
    @Query("SELECT * FROM r_books WHERE pages > :pages ORDER BY pages")
    List<Book> longerThan(@Param("pages") int pages);

    @LoadPlan(joined = "author", selectin = "reviews")
    @Query(
        value = "SELECT * FROM r_books ORDER BY pages",
        countQuery = "SELECT COUNT(*) FROM r_books")
    Page<Book> pageSql(Pageable pageable);

    @Override
    @LoadPlan(joined = "author", selectin = "reviews")
    Optional<Book> findById(Long id);

    @Override
    @LoadPlan("reviews")
    List<Book> findAll();

    @Override
    @LoadPlan(joined = "author")
    List<Book> findAll(Sort sort);

    @Override
    @LoadPlan(joined = "author", selectin = "reviews")
    Page<Book> findAll(Pageable pageable);

    @Override
    @LoadPlan("tags")
    List<Book> findAllById(Iterable<Long> ids);
  }

  /** Authors, loaded two levels deep. */
  public interface PlannedAuthors extends CairnRepository<Author, Long> {

    @LoadPlan(selectin = {"books", "books.reviews"})
    List<Author> findByCountryIsNotNullOrderByName();

    @LoadPlan(selectin = "books", joined = "books.tags")
    List<Author> findByNameOrderByName(String name);
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void derivedQueriesLoadWhatThePlanSays(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      PlannedBooks books = f.repository(PlannedBooks.class);
      List<Book> available = books.findByAvailableTrueOrderByPages();
      assertThat(available)
          .extracting(Book::getTitle)
          .containsExactly("dune messiah", "Hobbit", "Dune");
      assertThat(available).allSatisfy(book -> assertLoaded(book.getReviews(), book.getTags()));
      assertThat(available.get(2).getAuthor().getName()).isEqualTo("Bob");
      assertThat(available.get(2).getReviews()).hasSize(2);
      f.counter.assertCount(3); // books with their authors joined, reviews, tags

      f.commitAndClear();
      List<Book> anns = books.findByAuthorNameOrderByTitle("Ann");
      assertThat(anns).extracting(Book::getTitle).containsExactly("Emma", "Hobbit");
      assertThatThrownBy(() -> anns.get(0).getReviews().size())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("Load.raise(\"reviews\")");
      f.counter.assertCount(2); // books, their authors

      f.commitAndClear();
      PlannedAuthors authors = f.repository(PlannedAuthors.class);
      List<Author> known = authors.findByCountryIsNotNullOrderByName();
      assertThat(known).extracting(Author::getName).containsExactly("Ann", "Bob");
      assertThat(known.get(1).getBooks()).allSatisfy(book -> assertLoaded(book.getReviews()));
      f.counter.assertCount(3); // authors, books, reviews

      f.commitAndClear();
      Author bob = authors.findByNameOrderByName("Bob").get(0);
      assertThat(bob.getBooks()).allSatisfy(book -> assertLoaded(book.getTags()));
      f.counter.assertCount(3); // authors, books, tags (joined below selectin: selectin too)
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void aPagesCountLoadsNothing(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      PlannedBooks books = f.repository(PlannedBooks.class);
      Page<Book> page = books.findByPagesGreaterThan(200, PageRequest.of(0, 2, Sort.by("pages")));
      assertThat(page.getTotalElements()).isEqualTo(4);
      assertThat(page.getContent())
          .extracting(Book::getTitle)
          .containsExactly("dune messiah", "Hobbit");
      assertThat(page.getContent()).allSatisfy(book -> assertLoaded(book.getReviews()));
      assertThat(f.counter.statements()).hasSize(4); // books, their authors, reviews, the count
      assertThat(f.counter.statements().get(3))
          .isEqualTo("SELECT COUNT(*) FROM r_books WHERE r_books.pages > ?");

      f.commitAndClear();
      Page<Book> all = books.findAll(PageRequest.of(1, 2, Sort.by("pages")));
      assertThat(all.getTotalElements()).isEqualTo(5);
      assertThat(all.getContent()).extracting(Book::getTitle).containsExactly("Hobbit", "Dune");
      assertThat(all.getContent()).allSatisfy(book -> assertLoaded(book.getReviews()));
      assertThat(f.counter.statements()).hasSize(3); // books with authors joined, reviews, count
      assertThat(f.counter.statements().get(2)).isEqualTo("SELECT COUNT(*) FROM r_books");

      f.commitAndClear();
      Page<Book> sql = books.pageSql(PageRequest.of(0, 3));
      assertThat(sql.getTotalElements()).isEqualTo(5);
      assertThat(sql.getContent()).allSatisfy(book -> assertLoaded(book.getReviews()));
      assertThat(f.counter.statements()).hasSize(4); // books, their authors, reviews, the count
      assertThat(f.counter.statements().get(3)).isEqualTo("SELECT COUNT(*) FROM r_books");
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void sqlQueriesAndRedeclaredCrudMethodsLoadWhatThePlanSays(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      PlannedBooks books = f.repository(PlannedBooks.class);
      List<Book> longer = books.longerThan(400);
      assertThat(longer).extracting(Book::getTitle).containsExactly("Dune", "Emma");
      assertThat(longer).allSatisfy(book -> assertLoaded(book.getReviews()));
      f.counter.assertCount(3); // books, their authors, reviews

      f.commitAndClear();
      Long duneId = longer.get(0).getId();
      Book dune = books.findById(duneId).orElseThrow();
      assertLoaded(dune.getReviews());
      assertThat(dune.getAuthor().getName()).isEqualTo("Bob");
      f.counter.assertCount(2); // the book with its author joined, its reviews

      f.commitAndClear();
      List<Book> all = books.findAll();
      assertThat(all).hasSize(5).allSatisfy(book -> assertLoaded(book.getReviews()));
      f.counter.assertCount(3); // books, their authors, reviews

      f.commitAndClear();
      List<Book> sorted = books.findAll(Sort.by("pages"));
      assertThat(sorted.get(0).getAuthor().getName()).isEqualTo("Cid");
      f.counter.assertCount(1); // books with their authors joined

      f.commitAndClear();
      List<Book> byId = books.findAllById(List.of(duneId));
      assertThat(byId).singleElement().satisfies(book -> assertLoaded(book.getTags()));
      f.counter.assertCount(3); // the book, its author, its tags
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void crudMethodsThatAreNotRedeclaredKeepTheirLoading(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      f.seed();
      PlannedAuthors authors = f.repository(PlannedAuthors.class);
      List<Author> all = authors.findAll();
      assertThat(all).allSatisfy(a -> assertThat(isLoaded(a.getBooks())).isFalse());
      f.counter.assertCount(1);
      f.counter.reset();
      assertThat(authors.findById(all.get(0).getId())).containsSame(all.get(0));
      f.counter.assertCount(0); // from the identity map
    }
  }

  private static void assertLoaded(Collection<?>... collections) {
    for (Collection<?> collection : collections) {
      assertThat(isLoaded(collection)).as("loaded").isTrue();
    }
  }

  private static boolean isLoaded(Collection<?> collection) {
    return !(collection instanceof RelationshipCollection lazy) || lazy.isLoaded();
  }
}
