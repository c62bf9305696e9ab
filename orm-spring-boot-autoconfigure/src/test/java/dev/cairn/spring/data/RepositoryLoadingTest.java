package dev.cairn.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spring.data.domain.Author;
import dev.cairn.spring.data.domain.AuthorRepository;
import dev.cairn.spring.data.domain.Book;
import dev.cairn.spring.data.domain.BookRepository;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Repository queries keep Cairn's no-N+1 guarantee: related rows load for the whole result. */
class RepositoryLoadingTest {

  private static void twentyAuthorsWithTwoBooksEach(RepositoryFixture f) {
    List<Object> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Author author = new Author("author" + (100 + i), i % 2 == 0 ? "NO" : null);
      all.add(author);
      all.add(new Book("first" + i, 100 + i, author).available(true));
      all.add(new Book("second" + i, 200 + i, author));
    }
    f.session.addAll(all);
    f.commitAndClear();
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void findAllOfTwentyParentsThenTheirChildrenIsTwoStatements(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      twentyAuthorsWithTwoBooksEach(f);
      AuthorRepository authors = f.repository(AuthorRepository.class);
      List<Author> found = authors.findAll();
      int books = found.stream().mapToInt(a -> a.getBooks().size()).sum();
      assertThat(found).hasSize(20);
      assertThat(books).isEqualTo(40);
      assertThat(f.counter.count()).isEqualTo(2);
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void derivedAndPagedQueriesLoadRelatedRowsInOneBatch(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      twentyAuthorsWithTwoBooksEach(f);
      AuthorRepository authors = f.repository(AuthorRepository.class);
      List<Author> norwegians = authors.findByCountryIsNotNullOrderByName();
      norwegians.forEach(a -> a.getBooks().size());
      assertThat(norwegians).hasSize(10);
      assertThat(f.counter.count()).as("authors, then all their books").isEqualTo(2);

      f.counter.reset();
      BookRepository books = f.repository(BookRepository.class);
      List<Book> available = books.findByAvailableTrue();
      available.forEach(b -> b.getAuthor().getName());
      assertThat(available).hasSize(20);
      assertThat(f.counter.count()).as("books, then all their authors").isEqualTo(2);

      f.session.clear();
      f.counter.reset();
      List<Book> page =
          books.findByAvailable(false, PageRequest.of(0, 10, Sort.by("pages"))).getContent();
      page.forEach(b -> b.getAuthor().getName());
      assertThat(f.counter.count()).as("page, its authors, the count").isEqualTo(3);
    }
  }
}
