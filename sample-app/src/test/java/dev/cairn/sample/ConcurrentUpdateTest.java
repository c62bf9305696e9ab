package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.sample.catalog.BookRepository;
import dev.cairn.sample.catalog.BookService;
import dev.cairn.sample.domain.Author;
import dev.cairn.sample.domain.Book;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transactions change the same book: the one that flushes second fails with Spring's {@link
 * OptimisticLockingFailureException} (the {@code @Version} check in the UPDATE), which the REST API
 * answers with 409, and its change is not written.
 */
@SpringBootTest(
    properties = {
      "bookshop.demo-data=false",
      "cairn.schema=create",
      "spring.datasource.url=jdbc:h2:mem:bookshop-concurrent;DB_CLOSE_DELAY=-1"
    })
class ConcurrentUpdateTest {

  @Autowired BookRepository books;
  @Autowired BookService service;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSecondWriterOfTheSameVersionFails() {
    TransactionTemplate outer = new TransactionTemplate(transactions);
    TransactionTemplate other = new TransactionTemplate(transactions);
    other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    long id =
        Objects.requireNonNull(
            outer.execute(
                status ->
                    books.saveAndFlush(new Book("Mort", new Author("Terry Pratchett"))).getId()));

    assertThatThrownBy(
            () ->
                outer.executeWithoutResult(
                    status -> {
                      Book mine = books.findById(id).orElseThrow();
                      // meanwhile another request renames it and commits
                      other.executeWithoutResult(s -> service.rename(id, "Mort!", 1));
                      mine.setTitle("Mort?");
                      books.flush();
                    }))
        .isInstanceOf(OptimisticLockingFailureException.class)
        .hasMessageContaining("Book");

    assertThat(jdbc.queryForObject("SELECT title FROM books WHERE id = ?", String.class, id))
        .isEqualTo("Mort!");
    assertThat(jdbc.queryForObject("SELECT version FROM books WHERE id = ?", Long.class, id))
        .isEqualTo(2L);
  }
}
