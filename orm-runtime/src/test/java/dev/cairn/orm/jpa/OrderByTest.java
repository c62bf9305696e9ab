package dev.cairn.orm.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.Load;
import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.OrderBy;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;

/** {@code @OrderBy} on a many-to-many, as lazy, selectin and joined loads apply it (golden SQL). */
class OrderByTest {

  @Entity
  @Table(name = "jo_vets")
  static class Vet {
    @Id Long id = 0L;
    String name = "";

    @ManyToMany
    @JoinTable(name = "jo_vet_specialties")
    @OrderBy("name DESC")
    List<Specialty> specialties = new ArrayList<>();
  }

  @Entity
  @Table(name = "jo_specialties")
  static class Specialty {
    @Id Long id = 0L;
    String name = "";
  }

  private static final String SPECIALTIES =
      "SELECT jo_specialties.id, jo_specialties.name, jo_vet_specialties.vet_id FROM"
          + " jo_specialties JOIN jo_vet_specialties ON jo_vet_specialties.specialty_id ="
          + " jo_specialties.id WHERE jo_vet_specialties.vet_id IN (?, ?) ORDER BY"
          + " jo_specialties.name DESC, jo_specialties.id ASC";

  @DatabaseTest
  void lazySelectinAndJoinedLoadsOrderTheElements(TestDb db) {
    QueryCounter counter = new QueryCounter();
    try (Engine engine = Engine.builder(db.dataSource()).listener(counter).build()) {
      SessionFactory sessions =
          SessionFactory.builder(engine).entities(Vet.class, Specialty.class).build();
      sessions.createAll();
      db.executeJdbc(
          "INSERT INTO jo_vets (id, name) VALUES (1, 'Carter'), (2, 'Leary')",
          "INSERT INTO jo_specialties (id, name) VALUES (1, 'dentistry'), (2, 'radiology'),"
              + " (3, 'surgery')",
          "INSERT INTO jo_vet_specialties (vet_id, specialty_id) VALUES (1, 1), (1, 3), (1, 2),"
              + " (2, 1)");
      try (Session session = sessions.openSession()) {
        counter.reset();
        List<Vet> vets = session.query(Vet.class).orderBy("name").all();
        assertThat(vets.get(0).specialties)
            .extracting(s -> s.name)
            .containsExactly("surgery", "radiology", "dentistry");
        assertThat(counter.statements())
            .containsExactly(
                "SELECT jo_vets.id, jo_vets.name FROM jo_vets ORDER BY jo_vets.name ASC",
                SPECIALTIES);
      }
      try (Session session = sessions.openSession()) {
        counter.reset();
        List<Vet> vets =
            session.query(Vet.class).options(Load.selectin("specialties")).orderBy("id").all();
        assertThat(counter.statements()).element(1).isEqualTo(SPECIALTIES);
        assertThat(vets.get(1).specialties).extracting(s -> s.name).containsExactly("dentistry");
      }
      try (Session session = sessions.openSession()) {
        counter.reset();
        List<Vet> vets =
            session.query(Vet.class).options(Load.joined("specialties")).orderBy("name").all();
        assertThat(counter.statements())
            .containsExactly(
                "SELECT jo_vets.id, jo_vets.name, j1.id, j1.name FROM jo_vets LEFT OUTER JOIN"
                    + " jo_vet_specialties AS l1 ON l1.vet_id = jo_vets.id LEFT OUTER JOIN"
                    + " jo_specialties AS j1 ON j1.id = l1.specialty_id ORDER BY jo_vets.name"
                    + " ASC, j1.name DESC, j1.id ASC");
        assertThat(vets).extracting(v -> v.name).containsExactly("Carter", "Leary");
        assertThat(vets.get(0).specialties)
            .extracting(s -> s.name)
            .containsExactly("surgery", "radiology", "dentistry");
      }
    }
  }
}
