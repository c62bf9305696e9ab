package dev.cairn.orm.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The MERGE cascade (on by default): merging a detached graph merges what it refers to. */
class MergeCascadeTest {

  @Entity
  @Table(name = "merge_authors")
  static class Author {
    @Id @GeneratedValue @Nullable Long id;
    String name = "";

    @OneToMany(mappedBy = "author")
    List<Book> books = new ArrayList<>();

    Author() {}

    Author(String name) {
      this.name = name;
    }

    Book write(String title) {
      Book book = new Book(title, this);
      books.add(book);
      return book;
    }
  }

  @Entity
  @Table(name = "merge_books")
  static class Book {
    @Id @GeneratedValue @Nullable Long id;
    String title = "";
    @ManyToOne @Nullable Author author;

    Book() {}

    Book(String title, Author author) {
      this.title = title;
      this.author = author;
    }
  }

  @DatabaseTest
  void mergingADetachedParentMergesItsChildrenAndAddsNewOnes(TestDb db) {
    SessionFactory sessions =
        SessionFactory.builder(db.engine()).entities(Author.class, Book.class).build();
    sessions.createAll();
    Author detached = new Author("Ursula");
    detached.write("Earthsea");
    detached.write("Dispossessed");
    try (Session session = sessions.openSession()) {
      session.add(detached);
      session.commit();
    }

    detached.name = "Ursula K. Le Guin";
    detached.books.get(0).title = "A Wizard of Earthsea";
    detached.write("Lathe of Heaven");

    try (Session session = sessions.openSession()) {
      Author merged = session.merge(detached);
      assertThat(merged).isNotSameAs(detached);
      assertThat(merged.books)
          .hasSize(3)
          .allSatisfy(book -> assertThat(book.author).isSameAs(merged));
      session.commit();
    }

    try (Session session = sessions.openSession()) {
      Author author = session.get(Author.class, detached.id);
      assertThat(author.name).isEqualTo("Ursula K. Le Guin");
      assertThat(session.query(Book.class).orderBy("title").all())
          .extracting(book -> book.title + "/" + book.author.name)
          .containsExactly(
              "A Wizard of Earthsea/Ursula K. Le Guin",
              "Dispossessed/Ursula K. Le Guin",
              "Lathe of Heaven/Ursula K. Le Guin");
    }
  }

  @DatabaseTest
  void mergingAChildMergesItsParent(TestDb db) {
    SessionFactory sessions =
        SessionFactory.builder(db.engine()).entities(Author.class, Book.class).build();
    sessions.createAll();
    Author author = new Author("Iain");
    Book book = author.write("Excession");
    try (Session session = sessions.openSession()) {
      session.add(author);
      session.commit();
    }
    book.title = "Excession (1996)";
    author.name = "Iain M. Banks";
    try (Session session = sessions.openSession()) {
      Book merged = session.merge(book);
      assertThat(merged.author).isNotNull();
      assertThat(merged.author.name).isEqualTo("Iain M. Banks");
      session.commit();
    }
    try (Session session = sessions.openSession()) {
      assertThat(session.get(Author.class, author.id).name).isEqualTo("Iain M. Banks");
      assertThat(session.get(Book.class, book.id).title).isEqualTo("Excession (1996)");
    }
  }
}
