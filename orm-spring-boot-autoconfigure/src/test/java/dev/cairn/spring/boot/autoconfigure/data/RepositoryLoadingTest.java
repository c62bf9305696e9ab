package dev.cairn.spring.boot.autoconfigure.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.QueryCounter;
import dev.cairn.spring.boot.autoconfigure.data.shop.Author;
import dev.cairn.spring.boot.autoconfigure.data.shop.AuthorRepository;
import dev.cairn.spring.boot.autoconfigure.data.shop.Book;
import dev.cairn.spring.boot.autoconfigure.data.shop.BookRepository;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loading through auto-configured repositories on H2, PostgreSQL and MariaDB: no N+1 for findAll or
 * a derived query, and page totals.
 */
class RepositoryLoadingTest {

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void twentyAuthorsAndTheirBooksLoadInTwoStatements(TestDb db) {
    RepositoryContexts.shop(db)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              AuthorRepository authors = context.getBean(AuthorRepository.class);
              BookRepository books = context.getBean(BookRepository.class);
              QueryCounter counter = context.getBean(QueryCounter.class);
              TransactionTemplate transaction =
                  new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
              transaction.executeWithoutResult(status -> shelve(authors, books));

              transaction.setReadOnly(true);
              transaction.executeWithoutResult(
                  status -> {
                    counter.reset();
                    List<Author> all = authors.findAll();
                    assertThat(all).hasSize(20);
                    assertThat(all.stream().mapToInt(author -> author.getBooks().size()).sum())
                        .isEqualTo(40);
                    counter.assertCount(2);
                  });
              // a new transaction: a new session, nothing loaded yet
              transaction.executeWithoutResult(
                  status -> {
                    counter.reset();
                    List<Author> some = authors.findByNameStartingWith("author 1");
                    assertThat(some).hasSize(11); // author 1, author 10 .. author 19
                    some.forEach(author -> assertThat(author.getBooks()).hasSize(2));
                    counter.assertCount(2);
                  });
            });
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void pagesKnowTheirTotals(TestDb db) {
    RepositoryContexts.shop(db)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              BookRepository books = context.getBean(BookRepository.class);
              List<Book> shelf = new ArrayList<>();
              for (int i = 1; i <= 7; i++) {
                shelf.add(new Book("book " + i, i * 100, null));
              }
              books.saveAll(shelf);
              Page<Book> page =
                  books.findByPagesGreaterThan(
                      100, PageRequest.of(1, 4, Sort.by(Sort.Direction.DESC, "pages")));
              assertThat(page.getTotalElements()).isEqualTo(6);
              assertThat(page.getTotalPages()).isEqualTo(2);
              assertThat(page.getContent())
                  .extracting(Book::getTitle)
                  .containsExactly("book 3", "book 2");
            });
  }

  private static void shelve(AuthorRepository authors, BookRepository books) {
    for (int i = 0; i < 20; i++) {
      Author author = authors.save(new Author("author " + i));
      books.save(new Book("first of " + i, 100 + i, author));
      books.save(new Book("second of " + i, 200 + i, author));
    }
  }
}
