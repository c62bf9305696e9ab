package dev.cairn.spring.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.EntityState;
import dev.cairn.spring.data.domain.Author;
import dev.cairn.spring.data.domain.AuthorRepository;
import dev.cairn.spring.data.domain.Book;
import dev.cairn.spring.data.domain.BookRepository;
import dev.cairn.spring.data.domain.Review;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The CRUD, paging and sorting methods every Cairn repository inherits. */
class SimpleCairnRepositoryTest {

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void saveInsertsANewEntityAndMergesADetachedOne(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      AuthorRepository authors = f.repository(AuthorRepository.class);
      Author ann = authors.save(new Author("Ann", "NO"));
      // inserted at once: the database generates the key
      assertThat(f.session.state(ann)).isEqualTo(EntityState.PERSISTENT);
      assertThat(ann.getId()).isNotNull();
      f.commitAndClear();
      assertThat(f.column("SELECT name FROM r_authors")).containsExactly("Ann");

      assertThat(f.session.state(ann)).isEqualTo(EntityState.DETACHED);
      Author merged = authors.save(ann);
      assertThat(merged).isNotSameAs(ann);
      assertThat(f.session.state(merged)).isEqualTo(EntityState.PERSISTENT);
      assertThat(authors.findById(ann.getId())).containsSame(merged);
      assertThat(authors.existsById(ann.getId())).isTrue();
      assertThat(authors.existsById(-1L)).isFalse();
      assertThat(authors.findById(-1L)).isEmpty();
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void saveAllWritesInOneFlushAsOneBatch(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      AuthorRepository authors = f.repository(AuthorRepository.class);
      List<Author> many = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        many.add(new Author("a" + i, null));
      }
      f.counter.reset();
      List<Author> saved = authors.saveAll(many);
      assertThat(f.counter.statements())
          .as("one batched INSERT for 25 authors")
          .hasSize(1)
          .allMatch(sql -> sql.startsWith("INSERT INTO r_authors"));
      assertThat(saved).containsExactlyElementsOf(many).allMatch(a -> a.getId() != null);
      f.commitAndClear();
      assertThat(f.column("SELECT COUNT(*) FROM r_authors")).containsExactly(25L);
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void findAllSortsAndPagesWithTotals(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      AuthorRepository authors = f.repository(AuthorRepository.class);
      for (String name : List.of("Eve", "Bob", "Dan", "Ann", "Cid")) {
        authors.save(new Author(name, null));
      }
      f.commitAndClear();

      assertThat(authors.findAll(Sort.by("name").descending()))
          .extracting(Author::getName)
          .containsExactly("Eve", "Dan", "Cid", "Bob", "Ann");
      assertThat(authors.count()).isEqualTo(5);

      f.counter.reset();
      Page<Author> page = authors.findAll(PageRequest.of(1, 2, Sort.by("name")));
      assertThat(page.getContent()).extracting(Author::getName).containsExactly("Cid", "Dan");
      assertThat(page.getTotalElements()).isEqualTo(5);
      assertThat(page.getTotalPages()).isEqualTo(3);
      assertThat(page.hasNext()).isTrue();
      assertThat(f.counter.count()).as("the page's SELECT and a COUNT").isEqualTo(2);

      Page<Author> last = authors.findAll(PageRequest.of(2, 2, Sort.by("name")));
      assertThat(last.getContent()).extracting(Author::getName).containsExactly("Eve");
      assertThat(last.getTotalElements()).isEqualTo(5);
      assertThat(last.isLast()).isTrue();

      List<Long> ids = authors.findAll().stream().map(Author::getId).toList();
      assertThat(authors.findAllById(List.of(ids.get(0), ids.get(2), -1L))).hasSize(2);
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void sortingByAnUnknownPropertyFailsNamingIt(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      AuthorRepository authors = f.repository(AuthorRepository.class);
      assertThatThrownBy(() -> authors.findAll(Sort.by("nmae")))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "Cannot sort Author by 'nmae': it is not a column property of the entity, nor one"
                  + " reached through many-to-one or one-to-one references (collections cannot"
                  + " order their owner); sort by one of [id, name, country]");
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void deleteCascadesAsMappedAndBulkDeleteIsOneStatement(TestDb db) {
    try (RepositoryFixture f = new RepositoryFixture(db)) {
      AuthorRepository authors = f.repository(AuthorRepository.class);
      Author ann = authors.save(new Author("Ann", null));
      Book book = new Book("Dune", 400, ann).review(new Review(5)).review(new Review(3));
      f.session.add(book);
      f.commitAndClear();
      assertThat(f.column("SELECT COUNT(*) FROM r_reviews")).containsExactly(2L);

      BookRepository books = f.repository(BookRepository.class);
      assertThat(f.session.state(book)).isEqualTo(EntityState.DETACHED);
      books.delete(book);
      f.commitAndClear();
      assertThat(f.column("SELECT COUNT(*) FROM r_books")).containsExactly(0L);
      assertThat(f.column("SELECT COUNT(*) FROM r_reviews"))
          .as("delete of a detached book loads it and cascades to its reviews")
          .containsExactly(0L);

      books.save(new Book("Emma", 474, null).review(new Review(1)));
      books.save(new Book("Hobbit", 310, null).review(new Review(2)));
      f.commitAndClear();
      books.deleteAll();
      f.commitAndClear();
      assertThat(f.column("SELECT COUNT(*) FROM r_reviews")).containsExactly(0L);

      authors.deleteById(ann.getId());
      authors.deleteById(-1L);
      f.commitAndClear();
      assertThat(f.column("SELECT COUNT(*) FROM r_authors")).containsExactly(0L);

      List<Author> three =
          authors.saveAll(
              List.of(new Author("p", null), new Author("q", null), new Author("r", null)));
      f.commitAndClear();
      f.counter.reset();
      authors.deleteAllById(List.of(three.get(0).getId(), three.get(2).getId(), -1L));
      assertThat(f.counter.statements())
          .as("the authors load in one IN query")
          .hasSize(1)
          .allMatch(sql -> sql.contains(" IN (?, ?, ?)"));
      f.commitAndClear();
      assertThat(f.column("SELECT name FROM r_authors")).containsExactly("q");
      authors.deleteAllInBatch();
      f.commitAndClear();

      authors.saveAll(List.of(new Author("x", null), new Author("y", null)));
      f.commitAndClear();
      assertThat(authors.deleteAllInBatch()).isEqualTo(2);
      assertThat(f.counter.statements()).containsExactly("DELETE FROM r_authors");
    }
  }
}
