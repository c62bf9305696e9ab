package dev.cairn.orm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Load;
import dev.cairn.orm.RelationshipCollection;
import dev.cairn.orm.Session;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.LoadStrategy;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OrderBy;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code load} attribute of the relationship annotations: applied by queries, {@code get}, lazy
 * loads below and refresh, batched, overridden by query options, and safe in cycles of eager
 * defaults (publisher -> authors lazily; author -> books by selectin; book -> author joined, tags
 * raise).
 */
class LoadDefaultsTest {

  @Entity
  @Table(name = "ld_publishers")
  static class Publisher {
    @Id Long id = 0L;
    String name = "";

    @OneToMany(mappedBy = "publisher")
    List<Author> authors = new ArrayList<>();
  }

  @Entity
  @Table(name = "ld_authors")
  static class Author {
    @Id Long id = 0L;
    String name = "";
    @ManyToOne @Nullable Publisher publisher;

    @OneToMany(mappedBy = "author", load = LoadStrategy.SELECTIN)
    @OrderBy("title")
    List<Book> books = new ArrayList<>();
  }

  @Entity
  @Table(name = "ld_books")
  static class Book {
    @Id Long id = 0L;
    String title = "";

    @ManyToOne(load = LoadStrategy.JOINED)
    @Nullable Author author;

    @ManyToMany(load = LoadStrategy.RAISE)
    @JoinTable(name = "ld_book_tags")
    Set<Tag> tags = new LinkedHashSet<>();
  }

  @Entity
  @Table(name = "ld_tags")
  static class Tag {
    @Id Long id = 0L;
    String label = "";
  }

  private static final String AUTHORS =
      "SELECT ld_authors.id, ld_authors.name, ld_authors.publisher_id FROM ld_authors";
  private static final String BOOKS_OF_AUTHORS =
      "SELECT ld_books.id, ld_books.title, ld_books.author_id FROM ld_books WHERE"
          + " ld_books.author_id IN ";

  /** Two publishers; three authors (two at the first publisher) with two books each; a tag. */
  private static Counted fixture(TestDb db) {
    Counted f = new Counted(db, Publisher.class, Author.class, Book.class, Tag.class);
    db.executeJdbc(
        "INSERT INTO ld_publishers (id, name) VALUES (1, 'Ace'), (2, 'Tor')",
        "INSERT INTO ld_authors (id, name, publisher_id) VALUES (1, 'Le Guin', 1), (2, 'Banks', 1),"
            + " (3, 'Jemisin', 2)",
        "INSERT INTO ld_books (id, title, author_id) VALUES (1, 'Lathe', 1), (2, 'Earthsea', 1),"
            + " (3, 'Excession', 2), (4, 'Use of Weapons', 2), (5, 'Stone Sky', 3),"
            + " (6, 'Broken Earth', 3)",
        "INSERT INTO ld_tags (id, label) VALUES (1, 'classic')",
        "INSERT INTO ld_book_tags (book_id, tag_id) VALUES (1, 1)");
    f.counter.reset();
    return f;
  }

  @DatabaseTest
  void aQueryAppliesTheMappingDefaultsInOneStatementPerRelationship(TestDb db) {
    try (Counted f = fixture(db)) {
      List<Author> authors;
      try (Session session = f.open()) {
        authors = session.query(Author.class).orderBy("name").all();
      }
      // books by selectin, in @OrderBy order; their author is the instance already loaded
      assertThat(f.counter.statements())
          .containsExactly(
              AUTHORS + " ORDER BY ld_authors.name ASC",
              "SELECT ld_publishers.id, ld_publishers.name FROM ld_publishers WHERE"
                  + " ld_publishers.id IN (?, ?) ORDER BY ld_publishers.id ASC",
              BOOKS_OF_AUTHORS + "(?, ?, ?) ORDER BY ld_books.title ASC, ld_books.id ASC");
      assertThat(authors).extracting(a -> a.name).containsExactly("Banks", "Jemisin", "Le Guin");
      assertThat(authors.get(2).books)
          .extracting(b -> b.title)
          .containsExactly("Earthsea", "Lathe");
      assertThat(authors.get(2).books)
          .allSatisfy(b -> assertThat(b.author).isSameAs(authors.get(2)));
      assertThatThrownBy(() -> authors.get(2).books.get(1).tags.size())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("Book.tags is not loaded: its mapping says load = RAISE")
          .hasMessageContaining("Load.selectin(\"tags\")");
    }
  }

  @DatabaseTest
  void getAndLazyLoadsBelowApplyTheDefaultsToo(TestDb db) {
    try (Counted f = fixture(db);
        Session session = f.open()) {
      Author banks = session.get(Author.class, 2L);
      assertThat(f.counter.statements())
          .hasSize(3)
          .last()
          .isEqualTo(BOOKS_OF_AUTHORS + "(?) ORDER BY ld_books.title ASC, ld_books.id ASC");
      assertThat(((RelationshipCollection) banks.books).isLoaded()).isTrue();
      Publisher ace = banks.publisher;
      f.counter.reset();
      // publisher.authors is lazy; the authors it loads get their books by selectin at once
      assertThat(ace.authors).extracting(a -> a.name).containsExactlyInAnyOrder("Le Guin", "Banks");
      assertThat(f.counter.statements())
          .containsExactly(
              AUTHORS + " WHERE ld_authors.publisher_id IN (?) ORDER BY ld_authors.id ASC",
              BOOKS_OF_AUTHORS + "(?) ORDER BY ld_books.title ASC, ld_books.id ASC");
      assertThat(ace.authors.get(0).books)
          .extracting(b -> b.title)
          .containsExactly("Earthsea", "Lathe");
      assertThat(f.counter.statements()).hasSize(2);
    }
  }

  @DatabaseTest
  void aJoinedReferenceDefaultJoinsAndOptionsOverrideTheDefaults(TestDb db) {
    try (Counted f = fixture(db);
        Session session = f.open()) {
      List<Book> books = session.query(Book.class).orderBy("id").all();
      assertThat(f.counter.statements().get(0))
          .isEqualTo(
              "SELECT ld_books.id, ld_books.title, ld_books.author_id, j1.id, j1.name,"
                  + " j1.publisher_id FROM ld_books LEFT OUTER JOIN ld_authors AS j1 ON j1.id ="
                  + " ld_books.author_id ORDER BY ld_books.id ASC");
      // the joined authors are processed as a result: their publishers and books load in batches
      assertThat(f.counter.statements())
          .hasSize(3)
          .element(2)
          .isEqualTo(BOOKS_OF_AUTHORS + "(?, ?, ?) ORDER BY ld_books.title ASC, ld_books.id ASC");
      assertThat(books.get(0).author.name).isEqualTo("Le Guin");
      assertThat(books.get(0).author.books).extracting(b -> b.id).containsExactly(2L, 1L);
      session.expunge(books.get(0));
      f.counter.reset();
      List<Author> plain =
          session.query(Author.class).options(Load.lazy("books")).orderBy("id").all();
      assertThat(f.counter.count()).as("no books query: the option says lazy").isEqualTo(1);
      f.counter.reset();
      List<Book> tagged =
          session.query(Book.class).options(Load.selectin("tags")).filterBy("id", 1L).all();
      assertThat(tagged.get(0).tags).extracting(t -> t.label).containsExactly("classic");
      assertThat(plain).hasSize(3);
    }
  }

  @DatabaseTest
  void getJoinsWhatTheMappingLoadsJoined(TestDb db) {
    try (Counted f = fixture(db);
        Session session = f.open()) {
      Book excession = session.get(Book.class, 3L);
      assertThat(excession.author.name).isEqualTo("Banks");
      assertThat(f.counter.statements())
          .containsExactly(
              "SELECT ld_books.id, ld_books.title, ld_books.author_id, j1.id, j1.name,"
                  + " j1.publisher_id FROM ld_books LEFT OUTER JOIN ld_authors AS j1 ON j1.id ="
                  + " ld_books.author_id WHERE ld_books.id = ?",
              "SELECT ld_publishers.id, ld_publishers.name FROM ld_publishers WHERE"
                  + " ld_publishers.id IN (?) ORDER BY ld_publishers.id ASC",
              BOOKS_OF_AUTHORS + "(?) ORDER BY ld_books.title ASC, ld_books.id ASC");
      assertThat(excession.author.books)
          .extracting(b -> b.title)
          .containsExactly("Excession", "Use of Weapons");
      assertThat(excession.author.books.get(0)).isSameAs(excession);
      assertThat(session.get(Book.class, 99L)).isNull();
    }
  }

  @DatabaseTest
  void aLimitedQueryStillLoadsInBatchesAndLoadingEndsInCycles(TestDb db) {
    try (Counted f = fixture(db);
        Session session = f.open()) {
      List<Author> page = session.query(Author.class).orderBy("id").limit(2).all();
      assertThat(page).extracting(a -> a.name).containsExactly("Le Guin", "Banks");
      // authors, their publishers, their books (each book's author joined? no: already loaded)
      assertThat(f.counter.count()).isEqualTo(3);
      f.counter.reset();
      // a second query over the same rows loads nothing twice
      session.query(Author.class).orderBy("id").limit(2).all();
      assertThat(f.counter.count()).isEqualTo(1);
    }
  }

  @DatabaseTest
  void refreshReadsTheEagerCollectionsAgain(TestDb db) {
    try (Counted f = fixture(db);
        Session session = f.open()) {
      Author banks = session.get(Author.class, 2L);
      assertThat(banks.books).hasSize(2);
      session.execute(
          Sql.text("INSERT INTO ld_books (id, title, author_id) VALUES (7, 'Algebraist', 2)"));
      f.counter.reset();
      session.refresh(banks);
      assertThat(f.counter.count()).as("the author, then its books").isEqualTo(2);
      assertThat(banks.books)
          .extracting(b -> b.title)
          .containsExactly("Algebraist", "Excession", "Use of Weapons");
    }
  }
}
