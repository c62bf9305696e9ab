package dev.cairn.spring.boot.autoconfigure.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.orm.Session;
import dev.cairn.spring.boot.autoconfigure.data.RepositoryContexts.TransactionRecorder;
import dev.cairn.spring.boot.autoconfigure.data.shop.Book;
import dev.cairn.spring.boot.autoconfigure.data.shop.BookRepository;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions of repository methods on H2, PostgreSQL and MariaDB: a repository joins the caller's
 * transaction and shares its Session; outside one each method runs in its own, read-only for
 * queries; rollback discards repository writes; failures arrive as DataAccessExceptions.
 */
class RepositoryTransactionsTest {

  /** The beans a test works with. */
  record Beans(
      BookRepository books,
      Session session,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      TransactionRecorder transactions) {

    List<String> titles() {
      return jdbc.queryForList("SELECT title FROM repo_books ORDER BY title", String.class);
    }

    long saved(String title, int pages) {
      Long id = books.save(new Book(title, pages, null)).getId();
      assertThat(id).isNotNull();
      return id;
    }
  }

  private static void run(TestDb db, Consumer<Beans> test) {
    RepositoryContexts.shop(db)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              test.accept(beans(context));
            });
  }

  private static Beans beans(ApplicationContext context) {
    return new Beans(
        context.getBean(BookRepository.class),
        context.getBean(Session.class),
        context.getBean(JdbcTemplate.class),
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
        context.getBean(TransactionRecorder.class));
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void writesOutsideATransactionCommitInTheirOwn(TestDb db) {
    run(
        db,
        beans -> {
          beans.saved("Dune", 412);
          assertThat(beans.titles()).containsExactly("Dune");
          // one read-write transaction, named after the base class's save method
          assertThat(beans.transactions().begun()).singleElement().asString().endsWith(".save");
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void queryMethodsOutsideATransactionRunReadOnlyAndModifyingOnesReadWrite(TestDb db) {
    run(
        db,
        beans -> {
          beans.saved("Dune", 412);
          beans.transactions().clear();
          assertThat(beans.books().findByTitle("Dune")).isPresent();
          assertThat(beans.books().longerThan(100))
              .extracting(Book::getTitle)
              .containsExactly("Dune");
          assertThat(beans.books().setPages("Dune", 500)).isEqualTo(1);
          assertThat(beans.books().deleteByTitle("Dune")).isEqualTo(1);
          String repository = BookRepository.class.getName();
          assertThat(beans.transactions().begun())
              .containsExactly(
                  repository + ".findByTitle (read-only)",
                  repository + ".longerThan (read-only)",
                  repository + ".setPages",
                  repository + ".deleteByTitle");
          assertThat(beans.titles()).isEmpty();
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void anExplicitTransactionalOnAQueryMethodWins(TestDb db) {
    run(
        db,
        beans -> {
          assertThatThrownBy(() -> beans.books().findByPages(10))
              .isInstanceOf(IllegalTransactionStateException.class)
              .hasMessageContaining("mandatory");
          List<Book> found = beans.transaction().execute(status -> beans.books().findByPages(10));
          assertThat(found).isEmpty();
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void insideACallersTransactionTheRepositoryJoinsItAndSharesItsSession(TestDb db) {
    run(
        db,
        beans -> {
          long id = beans.saved("Dune", 412);
          beans.transactions().clear();
          beans
              .transaction()
              .executeWithoutResult(
                  status -> {
                    Book viaRepository = beans.books().findById(id).orElseThrow();
                    assertThat(beans.session().get(Book.class, id)).isSameAs(viaRepository);
                    assertThat(beans.books().findByTitle("Dune")).containsSame(viaRepository);
                    assertThat(beans.books().currentTransactionReadOnly()).isFalse();
                    viaRepository.setPages(413);
                  });
          assertThat(beans.transactions().begun()).hasSize(1);
          assertThat(beans.jdbc().queryForObject("SELECT pages FROM repo_books", Integer.class))
              .isEqualTo(413);
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void rollbackDiscardsRepositoryWrites(TestDb db) {
    run(
        db,
        beans -> {
          beans
              .transaction()
              .executeWithoutResult(
                  status -> {
                    beans.books().save(new Book("Dune", 412, null));
                    beans.books().saveAndFlush(new Book("Emma", 320, null));
                    assertThat(beans.books().count()).isEqualTo(2);
                    status.setRollbackOnly();
                  });
          assertThat(beans.titles()).isEmpty();
        });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void failuresArriveAsDataAccessExceptions(TestDb db) {
    run(
        db,
        beans -> {
          long id = beans.saved("Dune", 412);
          assertThatThrownBy(() -> beans.saved("Dune", 1))
              .isInstanceOf(DuplicateKeyException.class);
          assertThatThrownBy(
                  () ->
                      beans
                          .transaction()
                          .executeWithoutResult(
                              status -> {
                                Book book = beans.books().findById(id).orElseThrow();
                                beans.jdbc().update("UPDATE repo_books SET version = version + 1");
                                book.setPages(1);
                                beans.books().saveAndFlush(book);
                              }))
              .isInstanceOf(OptimisticLockingFailureException.class)
              .hasMessageContaining("Book");
          assertThatThrownBy(() -> beans.books().misuse())
              .isInstanceOf(InvalidDataAccessApiUsageException.class)
              .hasMessageContaining("misuse() fails on purpose");
          assertThat(beans.titles()).containsExactly("Dune");
        });
  }
}
