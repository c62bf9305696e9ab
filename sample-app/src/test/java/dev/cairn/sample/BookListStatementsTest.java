package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.sample.domain.Author;
import dev.cairn.sample.domain.Book;
import dev.cairn.sample.domain.Tag;
import dev.cairn.spring.boot.autoconfigure.EngineCustomizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /api/books} costs the same statements for 5 books as for 50: the authors and tags of a
 * page are loaded for all its books at once, never one query per book (no N+1).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bookshop.demo-data=false",
      "cairn.schema=create",
      "spring.datasource.url=jdbc:h2:mem:bookshop-statements;DB_CLOSE_DELAY=-1"
    })
class BookListStatementsTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class Counting {

    @Bean
    QueryCounter queryCounter() {
      return new QueryCounter();
    }

    @Bean
    EngineCustomizer countStatements(QueryCounter counter) {
      return builder -> builder.listener(counter);
    }
  }

  @LocalServerPort int port;
  @Autowired QueryCounter counter;
  @Autowired Session session;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theListCostsTheSameStatementsForFiveAndForFiftyBooks() {
    Http http = new Http(port);

    seed(5);
    counter.reset();
    Http.Response five = http.get("/api/books?size=100");
    List<String> fiveStatements = counter.statements();
    assertThat(five.json().get("items").size()).isEqualTo(5);

    seed(50);
    counter.reset();
    Http.Response fifty = http.get("/api/books?size=100");
    List<String> fiftyStatements = counter.statements();
    assertThat(fifty.json().get("items").size()).isEqualTo(50);
    assertThat(fifty.json().get("items").get(49).get("tags").size()).isEqualTo(2);

    // the page of books, their authors, their tags (through book_tags); no COUNT, as the only
    // page is not full
    assertThat(fiveStatements).hasSize(3);
    assertThat(fiftyStatements).hasSize(3);
    assertThat(fiftyStatements.get(1)).startsWith("SELECT authors.").contains(" IN (");
    assertThat(fiftyStatements.get(2)).startsWith("SELECT tags.").contains("JOIN book_tags");
  }

  /** Replaces all books by {@code books} books of as many authors, each with two of three tags. */
  private void seed(int books) {
    for (String table : new String[] {"reviews", "book_tags", "books", "tags", "authors"}) {
      jdbc.update("DELETE FROM " + table);
    }
    transaction.executeWithoutResult(
        status -> {
          List<Tag> tags = List.of(new Tag("a"), new Tag("b"), new Tag("c"));
          List<Book> all = new ArrayList<>();
          for (int i = 0; i < books; i++) {
            Book book = new Book("Book " + i, new Author("Author " + i));
            book.getTags().add(tags.get(i % 3));
            book.getTags().add(tags.get((i + 1) % 3));
            all.add(book);
          }
          session.addAll(all);
        });
  }
}
