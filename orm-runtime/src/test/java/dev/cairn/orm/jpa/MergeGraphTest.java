package dev.cairn.orm.jpa;

import static dev.cairn.orm.jpa.UnidirectionalOneToManyTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.jpa.Clinic.Owner;
import dev.cairn.orm.jpa.Clinic.Pet;
import dev.cairn.orm.jpa.Clinic.PetType;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code Session.merge} of a detached graph, the edit-form pattern: the persistent instances load
 * in batches (one statement per entity and wave of the graph, none per object), and a new child is
 * inserted with its parent's key in its INSERT, also when its foreign key is NOT NULL and only the
 * parent's collection was given the child.
 */
class MergeGraphTest {

  @Entity
  @Table(name = "jm_authors")
  static class Author {
    @Id @GeneratedValue @Nullable Long id;
    String name = "";

    @OneToMany(mappedBy = "author", cascade = Cascade.ALL)
    List<Book> books = new ArrayList<>();
  }

  @Entity
  @Table(name = "jm_books")
  static class Book {
    @Id @GeneratedValue @Nullable Long id;
    String title = "";

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    @Nullable Author author;

    @OneToMany(mappedBy = "book", cascade = Cascade.ALL)
    List<Chapter> chapters = new ArrayList<>();

    Book() {}

    Book(String title) {
      this.title = title;
    }
  }

  @Entity
  @Table(name = "jm_chapters")
  static class Chapter {
    @Id @GeneratedValue @Nullable Long id;
    String heading = "";

    @ManyToOne(optional = false)
    @Nullable Book book;
  }

  @DatabaseTest
  void aNewChildOnlyInTheParentsCollectionIsInsertedWithItsNotNullKey(TestDb db) {
    QueryCounter counter = new QueryCounter();
    try (Engine engine = Engine.builder(db.dataSource()).listener(counter).build()) {
      SessionFactory sessions =
          SessionFactory.builder(engine).entities(Author.class, Book.class, Chapter.class).build();
      sessions.createAll();
      db.executeJdbc("INSERT INTO jm_authors (name) VALUES ('Banks')");
      for (int n = 1; n <= 5; n++) {
        db.executeJdbc(
            "INSERT INTO jm_books (title, author_id) SELECT 'Book " + n + "', id FROM jm_authors");
      }
      db.executeJdbc("INSERT INTO jm_chapters (heading, book_id) SELECT 'One', id FROM jm_books");
      Author detached;
      try (Session session = sessions.openSession()) {
        detached = session.query(Author.class).one();
        detached.books.forEach(b -> b.chapters.size());
      }
      detached.name = "Iain M. Banks";
      detached.books.get(0).title = "Consider Phlebas";
      detached.books.add(new Book("Excession")); // its author is never set: only the collection
      counter.reset();
      try (Session session = sessions.openSession()) {
        session.merge(detached);
        assertThat(counter.statements())
            .as("the author, its books, their chapters: one statement each, none per book")
            .hasSize(3)
            .satisfiesExactly(
                s -> assertThat(s).startsWith("SELECT jm_authors.id"),
                s -> assertThat(s).startsWith("SELECT jm_books.id").contains("author_id IN (?)"),
                s ->
                    assertThat(s)
                        .startsWith("SELECT jm_chapters.id")
                        .contains("book_id IN (?, ?, ?, ?, ?)"));
        counter.reset();
        session.commit();
        assertThat(counter.statements())
            .satisfiesExactly(
                s -> assertThat(s).startsWith("INSERT INTO jm_books (title, author_id) VALUES"),
                s -> assertThat(s).startsWith("UPDATE jm_authors SET name = ?"),
                s -> assertThat(s).startsWith("UPDATE jm_books SET title = ?"));
      }
      assertThat(
              rows(
                  db,
                  "SELECT b.title, a.name FROM jm_books b JOIN jm_authors a ON a.id = b.author_id"
                      + " WHERE b.title NOT LIKE 'Book %' ORDER BY b.title"))
          .containsExactly("Consider Phlebas|Iain M. Banks", "Excession|Iain M. Banks");
    }
  }

  @DatabaseTest
  void theEditFormOfAUnidirectionalClinicCostsTheOwnerPageAndTheInserts(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      int annId = clinic.seed();
      Owner form;
      PetType hamster = new PetType("hamster");
      try (Session session = clinic.open()) {
        form = session.get(Owner.class, annId);
        session.add(hamster);
        session.commit();
      }
      Pet dot = form.add(new Pet("Dot", hamster));
      dot.visit(LocalDate.of(2025, 1, 9), "first check");
      clinic.counter.reset();
      try (Session session = clinic.open()) {
        Owner merged = session.merge(form);
        assertThat(merged.pets()).extracting(p -> p.name).containsExactly("Bella", "Rex", "Dot");
        assertThat(clinic.counter.statements())
            .as("the owner page (owner, pets, their types, their visits), the new pet's type")
            .hasSize(5)
            .last()
            .isEqualTo("SELECT jc_types.id, jc_types.name FROM jc_types WHERE jc_types.id = ?");
        clinic.counter.reset();
        session.commit();
        assertThat(clinic.counter.statements())
            .satisfiesExactly(
                s -> assertThat(s).startsWith("INSERT INTO jc_pets (name, type_id, owner_id)"),
                s ->
                    assertThat(s)
                        .startsWith("INSERT INTO jc_visits (visit_date, description, pet_id)"));
      }
      assertThat(
              rows(
                  db,
                  "SELECT p.name, t.name, o.name, v.description FROM jc_pets p JOIN jc_types t ON"
                      + " t.id = p.type_id JOIN jc_owners o ON o.id = p.owner_id JOIN jc_visits v"
                      + " ON v.pet_id = p.id WHERE p.name = 'Dot'"))
          .containsExactly("Dot|hamster|Ann|first check");
    }
  }

  @DatabaseTest
  void aDetachedChildThatMovedElsewhereLoadsInTheNextWave(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      int annId = clinic.seed();
      Owner form;
      try (Session session = clinic.open()) {
        form = session.get(Owner.class, annId);
      }
      // meanwhile Bella moved to Bob
      db.executeJdbc(
          "UPDATE jc_pets SET owner_id = (SELECT id FROM jc_owners WHERE name = 'Bob')"
              + " WHERE name = 'Bella'");
      form.pets().get(0).name = "Bella II";
      clinic.counter.reset();
      try (Session session = clinic.open()) {
        Owner merged = session.merge(form);
        assertThat(merged.pets()).extracting(p -> p.name).containsExactly("Rex", "Bella II");
        assertThat(clinic.counter.count())
            .as("the owner page (owner, pets, types, visits), then Bella by key, her type, visits")
            .isEqualTo(7);
        session.commit();
      }
      assertThat(
              rows(
                  db,
                  "SELECT p.name, o.name FROM jc_pets p JOIN jc_owners o ON o.id = p.owner_id"
                      + " ORDER BY p.name"))
          .containsExactly("Bella II|Ann", "Rex|Ann");
    }
  }
}
