package dev.cairn.orm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Load;
import dev.cairn.orm.Session;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.jpa.Clinic.Owner;
import dev.cairn.orm.jpa.Clinic.Pet;
import dev.cairn.orm.jpa.Clinic.Visit;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.MappingModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A {@code @OneToMany @JoinColumn} without {@code mappedBy}: the foreign key is a column of the
 * child's table that no field of the child holds; children are inserted with it, moved, unlinked,
 * orphan-deleted and deleted with their parent, on every database.
 */
class UnidirectionalOneToManyTest {

  @Entity
  @Table(name = "ju_shelves")
  static class Shelf {
    @Id Long id = 0L;

    @OneToMany
    @JoinColumn(name = "shelf_id")
    List<Book> books = new ArrayList<>();

    Shelf() {}

    Shelf(long id) {
      this.id = id;
    }
  }

  @Entity
  @Table(name = "ju_books")
  static class Book {
    @Id Long id = 0L;
    String title = "";

    Book() {}

    Book(long id, String title) {
      this.id = id;
      this.title = title;
    }
  }

  @Entity
  @Table(name = "ju_racks")
  static class Rack {
    @Id Long id = 0L;

    @OneToMany
    @JoinColumn(name = "rack_id", nullable = false)
    List<Crate> crates = new ArrayList<>();

    Rack() {}

    Rack(long id) {
      this.id = id;
    }
  }

  @Entity
  @Table(name = "ju_crates")
  static class Crate {
    @Id Long id = 0L;

    Crate() {}

    Crate(long id) {
      this.id = id;
    }
  }

  @Test
  void theForeignKeyIsAHiddenPropertyOfTheChild() {
    MappingModel mapping =
        MappingModel.of(Owner.class, Pet.class, Visit.class, Clinic.PetType.class);
    EntityModel<Pet> pet = mapping.entity(Pet.class);
    RelationshipModel pets = mapping.entity(Owner.class).findRelationship("pets");
    assertThat(pets.unidirectional()).isTrue();
    assertThat(pets.owning()).isTrue();
    assertThat(pets.foreignKeyColumns()).containsExactly(pet.table().column("owner_id"));
    PropertyModel key = pets.childKeyProperties().get(0);
    assertThat(key.isCollectionKey()).isTrue();
    assertThat(key.collectionKeyOf()).isSameAs(pets);
    assertThat(key.get(new Pet())).isNull();
    assertThat(key.nullable()).isTrue();
    assertThat(pet.findProperty("owner_id")).as("queries cannot name it").isNull();
    assertThat(mapping.entity(Visit.class).table().column("pet_id").nullable()).isFalse();
    assertThat(pet.table().foreignKeys())
        .anySatisfy(
            fk -> {
              assertThat(fk.columns()).extracting(c -> c.name()).containsExactly("owner_id");
              assertThat(fk.target().name()).isEqualTo("jc_owners");
            });
  }

  @DatabaseTest
  void newChildrenAreInsertedWithTheirParentsKeyInTheInsert(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      Owner ann = new Owner("Ann");
      Pet rex = ann.add(new Pet("Rex", new Clinic.PetType("dog")));
      rex.visit(java.time.LocalDate.of(2024, 1, 5), "shots");
      rex.visit(java.time.LocalDate.of(2024, 3, 1), "check-up");
      ann.add(new Pet("Bella", null)).visit(java.time.LocalDate.of(2024, 2, 2), "claws");
      clinic.counter.reset();
      try (Session session = clinic.open()) {
        session.add(ann);
        session.commit();
      }
      assertThat(clinic.counter.statements())
          .as("one INSERT per table, each child with its parent's key; no UPDATE")
          .hasSize(4)
          .satisfiesExactly(
              s -> assertThat(s).startsWith("INSERT INTO jc_owners (name)"),
              s -> assertThat(s).startsWith("INSERT INTO jc_types (name)"),
              s -> assertThat(s).startsWith("INSERT INTO jc_pets (name, type_id, owner_id)"),
              s ->
                  assertThat(s)
                      .startsWith("INSERT INTO jc_visits (visit_date, description, pet_id)"));
      assertThat(
              rows(
                  db,
                  "SELECT p.name, o.name, COUNT(v.id) FROM jc_pets p JOIN jc_owners o ON o.id ="
                      + " p.owner_id LEFT JOIN jc_visits v ON v.pet_id = p.id GROUP BY p.name,"
                      + " o.name ORDER BY p.name"))
          .containsExactly("Bella|Ann|1", "Rex|Ann|2");
    }
  }

  @DatabaseTest
  void addingMovingAndRemovingChildrenWritesOnlyTheirForeignKey(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      clinic.seed();
      try (Session session = clinic.open()) {
        List<Owner> owners = session.query(Owner.class).orderBy("name").all();
        Owner ann = owners.get(0);
        Owner bob = owners.get(1);
        Pet bella = ann.pets().get(0);
        ann.pets().remove(bella);
        bob.pets().add(bella);
        ann.add(new Pet("Kit", null));
        clinic.counter.reset();
        session.flush();
        assertThat(clinic.counter.statements())
            .satisfiesExactly(
                s ->
                    assertThat(s)
                        .startsWith("INSERT INTO jc_pets (name, type_id, owner_id) VALUES"),
                s ->
                    assertThat(s)
                        .isEqualTo("UPDATE jc_pets SET owner_id = ? WHERE jc_pets.id = ?"));
        Pet rex = ann.pets().get(0);
        ann.pets().remove(rex);
        clinic.counter.reset();
        session.commit();
        assertThat(clinic.counter.statements())
            .containsExactly("UPDATE jc_pets SET owner_id = ? WHERE jc_pets.id = ?");
      }
      assertThat(
              rows(
                  db,
                  "SELECT p.name, COALESCE(o.name, '-') FROM jc_pets p LEFT JOIN jc_owners o"
                      + " ON o.id = p.owner_id ORDER BY p.name"))
          .containsExactly("Bella|Bob", "Kit|Ann", "Rex|-");
      assertThat(rows(db, "SELECT COUNT(*) FROM jc_visits")).containsExactly("2");
    }
  }

  @DatabaseTest
  void anOrphanWithANotNullKeyIsDeleted(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      int annId = clinic.seed();
      try (Session session = clinic.open()) {
        Owner ann = session.get(Owner.class, annId);
        Pet rex = ann.pets().get(1);
        Visit shots =
            rex.visits.stream()
                .filter(v -> v.description.equals("shots"))
                .findFirst()
                .orElseThrow();
        rex.visits.remove(shots);
        clinic.counter.reset();
        session.commit();
        assertThat(clinic.counter.statements())
            .containsExactly("DELETE FROM jc_visits WHERE jc_visits.id = ?");
      }
      assertThat(rows(db, "SELECT description FROM jc_visits")).containsExactly("check-up");
    }
  }

  @DatabaseTest
  void removingAChildWhoseKeyIsNotNullFailsBeforeWriting(TestDb db) {
    try (Counted f = new Counted(db, Shelf.class, Book.class, Rack.class, Crate.class)) {
      try (Session session = f.sessions.openSession()) {
        Rack rack = new Rack(1);
        rack.crates.add(new Crate(10));
        rack.crates.add(new Crate(11));
        session.add(rack);
        session.commit();
      }
      try (Session session = f.sessions.openSession()) {
        Rack rack = session.get(Rack.class, 1L);
        rack.crates.remove(0);
        f.counter.reset();
        assertThatThrownBy(session::flush)
            .isInstanceOf(CairnException.class)
            .hasMessageContaining("Cannot flush Crate with id 10: it was removed from Rack.crates")
            .hasMessageContaining("ju_crates.rack_id is NOT NULL")
            .hasMessageContaining("add Cascade.DELETE_ORPHAN");
        assertThat(f.counter.statements()).isEmpty();
      }
      assertThat(rows(db, "SELECT id, rack_id FROM ju_crates ORDER BY id"))
          .containsExactly("10|1", "11|1");
    }
  }

  @DatabaseTest
  void lazyCollectionsLoadForTheWholeResultAndDeletingAParentUnlinksItsStoredChildren(TestDb db) {
    try (Counted f = new Counted(db, Shelf.class, Book.class, Rack.class, Crate.class)) {
      try (Session session = f.sessions.openSession()) {
        for (long s = 1; s <= 3; s++) {
          Shelf shelf = new Shelf(s);
          shelf.books.add(new Book(s * 10, "book" + s * 10));
          shelf.books.add(new Book(s * 10 + 1, "book" + (s * 10 + 1)));
          session.add(shelf);
        }
        session.commit();
      }
      try (Session session = f.sessions.openSession()) {
        f.counter.reset();
        List<Shelf> shelves = session.query(Shelf.class).orderBy("id").all();
        assertThat(shelves.get(2).books)
            .extracting(b -> b.title)
            .containsExactly("book30", "book31");
        assertThat(shelves).allSatisfy(s -> assertThat(s.books).hasSize(2));
        assertThat(f.counter.statements())
            .containsExactly(
                "SELECT ju_shelves.id FROM ju_shelves ORDER BY ju_shelves.id ASC",
                "SELECT ju_books.id, ju_books.title, ju_books.shelf_id FROM ju_books WHERE"
                    + " ju_books.shelf_id IN (?, ?, ?) ORDER BY ju_books.id ASC");
      }
      try (Session session = f.sessions.openSession()) {
        Shelf second = session.get(Shelf.class, 2L);
        f.counter.reset();
        session.delete(second);
        session.commit();
        assertThat(f.counter.statements())
            .as("the stored children load in one statement, then lose their key")
            .containsExactly(
                "SELECT ju_books.id, ju_books.title, ju_books.shelf_id FROM ju_books WHERE"
                    + " ju_books.shelf_id IN (?) ORDER BY ju_books.id ASC",
                "UPDATE ju_books SET shelf_id = ? WHERE ju_books.id = ?",
                "DELETE FROM ju_shelves WHERE ju_shelves.id = ?");
      }
      assertThat(rows(db, "SELECT id, COALESCE(shelf_id, 0) FROM ju_books ORDER BY id"))
          .containsExactly("10|1", "11|1", "20|0", "21|0", "30|3", "31|3");
    }
  }

  @DatabaseTest
  void deletingAParentCascadesToItsChildrenAndTheirs(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      int annId = clinic.seed();
      try (Session session = clinic.open()) {
        Owner ann = session.get(Owner.class, annId);
        clinic.counter.reset();
        session.delete(ann);
        session.commit();
        assertThat(clinic.counter.statements())
            .containsExactly(
                "DELETE FROM jc_visits WHERE jc_visits.id = ?",
                "DELETE FROM jc_pets WHERE jc_pets.id = ?",
                "DELETE FROM jc_owners WHERE jc_owners.id = ?");
      }
      assertThat(rows(db, "SELECT name FROM jc_owners")).containsExactly("Bob");
      assertThat(rows(db, "SELECT COUNT(*) FROM jc_pets")).containsExactly("0");
      assertThat(rows(db, "SELECT COUNT(*) FROM jc_visits")).containsExactly("0");
    }
  }

  @DatabaseTest
  void aJoinedLoadJoinsOnTheChildsForeignKey(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      clinic.seed();
      try (Session session = clinic.open()) {
        List<Owner> owners =
            session.query(Owner.class).options(Load.joined("pets")).orderBy("name").all();
        assertThat(clinic.counter.statements().get(0))
            .isEqualTo(
                "SELECT jc_owners.id, jc_owners.name, j1.id, j1.name, j1.type_id, j1.owner_id"
                    + " FROM jc_owners LEFT OUTER JOIN jc_pets AS j1 ON j1.owner_id ="
                    + " jc_owners.id ORDER BY jc_owners.name ASC, j1.name ASC, j1.id ASC");
        assertThat(owners).extracting(o -> o.name).containsExactly("Ann", "Bob");
        assertThat(owners.get(0).pets()).extracting(p -> p.name).containsExactly("Bella", "Rex");
        assertThat(owners.get(1).pets()).isEmpty();
      }
    }
  }

  /** The rows of {@code sql}, each as its values joined by {@code |}. */
  static List<String> rows(TestDb db, String sql) {
    List<String> rows = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        ResultSet result = connection.createStatement().executeQuery(sql)) {
      int width = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= width; i++) {
          @Nullable Object value = result.getObject(i);
          row.append(i > 1 ? "|" : "").append(value);
        }
        rows.add(row.toString());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return rows;
  }
}
