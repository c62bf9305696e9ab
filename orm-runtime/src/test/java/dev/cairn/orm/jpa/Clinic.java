package dev.cairn.orm.jpa;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Cascade;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.LoadStrategy;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.OrderBy;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.TestDb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A clinic mapped as a JPA application maps it: owners hold a final, unidirectional, ordered list
 * of pets (loaded with the owner, as {@code fetch = EAGER}); pets hold an ordered, unidirectional
 * set of visits whose foreign key is NOT NULL, loaded by selectin; pets refer to their type. The
 * engine's statements are counted.
 */
final class Clinic implements AutoCloseable {

  @Entity
  @Table(name = "jc_owners")
  static class Owner {
    @Id @GeneratedValue @Nullable Integer id;
    String name = "";

    @OneToMany(cascade = Cascade.ALL)
    @JoinColumn(name = "owner_id")
    @OrderBy("name")
    private final List<Pet> pets = new ArrayList<>();

    Owner() {}

    Owner(String name) {
      this.name = name;
    }

    List<Pet> pets() {
      return pets;
    }

    Pet add(Pet pet) {
      pets.add(pet);
      return pet;
    }
  }

  @Entity
  @Table(name = "jc_pets")
  static class Pet {
    @Id @GeneratedValue @Nullable Integer id;
    String name = "";
    @ManyToOne @Nullable PetType type;

    @OneToMany(
        cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
        load = LoadStrategy.SELECTIN)
    @JoinColumn(name = "pet_id", nullable = false)
    @OrderBy("visitDate DESC")
    Set<Visit> visits = new LinkedHashSet<>();

    Pet() {}

    Pet(String name, @Nullable PetType type) {
      this.name = name;
      this.type = type;
    }

    Visit visit(LocalDate date, String description) {
      Visit visit = new Visit(date, description);
      visits.add(visit);
      return visit;
    }
  }

  @Entity
  @Table(name = "jc_visits")
  static class Visit {
    @Id @GeneratedValue @Nullable Integer id;
    @Nullable LocalDate visitDate;
    String description = "";

    Visit() {}

    Visit(LocalDate visitDate, String description) {
      this.visitDate = visitDate;
      this.description = description;
    }
  }

  @Entity
  @Table(name = "jc_types")
  static class PetType {
    @Id @GeneratedValue @Nullable Integer id;
    String name = "";

    PetType() {}

    PetType(String name) {
      this.name = name;
    }
  }

  final QueryCounter counter = new QueryCounter();
  final Engine engine;
  final SessionFactory sessions;

  Clinic(TestDb db) {
    this.engine = Engine.builder(db.dataSource()).listener(counter).build();
    this.sessions =
        SessionFactory.builder(engine)
            .entities(Owner.class, Pet.class, Visit.class, PetType.class)
            .build();
    sessions.createAll();
  }

  /**
   * Two owners: Ann with Rex (dog; visits on 2024-01-05 and 2024-03-01) and Bella (cat), and Bob
   * without pets; returns Ann's id. Counter reset.
   */
  int seed() {
    try (Session session = sessions.openSession()) {
      PetType dog = new PetType("dog");
      PetType cat = new PetType("cat");
      Owner ann = new Owner("Ann");
      Pet rex = ann.add(new Pet("Rex", dog));
      rex.visit(LocalDate.of(2024, 1, 5), "shots");
      rex.visit(LocalDate.of(2024, 3, 1), "check-up");
      ann.add(new Pet("Bella", cat));
      session.addAll(List.of(dog, cat, ann, new Owner("Bob")));
      session.commit();
      counter.reset();
      return java.util.Objects.requireNonNull(ann.id);
    }
  }

  Session open() {
    return sessions.openSession();
  }

  @Override
  public void close() {
    engine.close();
  }
}
