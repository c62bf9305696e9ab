package dev.cairn.spring.boot.autoconfigure.data.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.spring.boot.autoconfigure.data.app.LibraryApplication.Librarian;
import dev.cairn.spring.boot.autoconfigure.data.shop.Book;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Repositories in a {@code @SpringBootTest} application (H2) with a {@code @Transactional} service.
 */
@SpringBootTest(
    classes = LibraryApplication.class,
    properties = {"spring.datasource.generate-unique-name=true", "cairn.schema=create"})
class LibraryApplicationTest {

  @Autowired LibraryBooks books;
  @Autowired Librarian librarian;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void empty() {
    jdbc.update("DELETE FROM repo_books");
  }

  private List<String> titles() {
    return jdbc.queryForList("SELECT title FROM repo_books ORDER BY title", String.class);
  }

  @Test
  void theRepositoryOfTheApplicationPackageIsAutoConfigured() {
    books.save(new Book("Dune", 412, null));
    assertThat(titles()).containsExactly("Dune");
    assertThat(books.findByPagesGreaterThan(400))
        .extracting(Book::getTitle)
        .containsExactly("Dune");
  }

  @Test
  void insideTheServiceTransactionRepositoryAndSessionShareInstances() {
    Long id = books.save(new Book("Dune", 412, null)).getId();
    assertThat(librarian.repositoryAndSessionAgree(id)).isTrue();
  }

  @Test
  void repositoryAndSessionWritesCommitTogether() {
    librarian.shelve("Dune", "Emma");
    assertThat(titles()).containsExactly("Dune", "Emma");
  }

  @Test
  void aFailingServiceRollsBackRepositoryWrites() {
    assertThatThrownBy(() -> librarian.shelveThenFail(List.of("Dune", "Emma")))
        .hasMessage("shelving fails on purpose");
    assertThat(titles()).isEmpty();
  }
}
