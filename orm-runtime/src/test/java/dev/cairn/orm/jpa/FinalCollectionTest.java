package dev.cairn.orm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Load;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.jpa.Clinic.Owner;
import dev.cairn.orm.jpa.Clinic.Pet;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Final collection fields ({@code private final List<Pet> pets = new ArrayList<>()}): Cairn fills
 * the list the object holds, with its result (selectin by default, or from a join), records what it
 * held for the flush, and refuses what cannot work with a field it cannot replace.
 */
class FinalCollectionTest {

  @Entity
  @Table(name = "jf_drawers")
  static class Drawer {
    @Id Long id = 0L;

    @OneToMany
    @JoinColumn(name = "drawer_id")
    final @Nullable List<Sock> socks = null;
  }

  @Entity
  @Table(name = "jf_socks")
  static class Sock {
    @Id Long id = 0L;
  }

  @DatabaseTest
  void theListTheObjectHoldsIsFilledWithTheResult(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      clinic.seed();
      List<Owner> owners;
      List<Pet> annsPets;
      try (Session session = clinic.open()) {
        owners = session.query(Owner.class).orderBy("name").all();
        annsPets = owners.get(0).pets();
        assertThat(clinic.counter.count()).as("owners, pets, types, visits").isEqualTo(4);
        clinic.counter.reset();
        List<Owner> again = session.query(Owner.class).orderBy("name").all();
        assertThat(again.get(0).pets()).isSameAs(annsPets);
        assertThat(clinic.counter.count()).as("filled once: the owners only").isEqualTo(1);
      }
      // detached: what the page shows was filled with the result
      assertThat(owners.get(0).pets()).extracting(p -> p.name).containsExactly("Bella", "Rex");
      assertThat(owners.get(0).pets().get(1).type.name).isEqualTo("dog");
      assertThat(owners.get(1).pets()).isEmpty();
    }
  }

  @DatabaseTest
  void refreshFillsTheListAgain(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      int annId = clinic.seed();
      try (Session session = clinic.open()) {
        Owner ann = session.get(Owner.class, annId);
        List<Pet> pets = ann.pets();
        session.execute(
            Sql.text("INSERT INTO jc_pets (name, owner_id) VALUES ('Ace', " + annId + ")"));
        session.refresh(ann);
        assertThat(ann.pets()).isSameAs(pets);
        assertThat(pets).extracting(p -> p.name).containsExactly("Ace", "Bella", "Rex");
      }
    }
  }

  @DatabaseTest
  void aStreamReleasesOwnersWhoseFinalCollectionIsAsFilled(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      clinic.seed();
      SessionFactory small =
          SessionFactory.builder(clinic.engine)
              .entities(Owner.class, Pet.class, Clinic.Visit.class, Clinic.PetType.class)
              .loadBatchSize(1)
              .autoflush(false)
              .build();
      try (Session session = small.openSession()) {
        List<Owner> seen = new java.util.ArrayList<>();
        try (Stream<Owner> owners = session.query(Owner.class).orderBy("name").stream()) {
          owners.forEach(
              owner -> {
                seen.add(owner);
                if (seen.size() == 1) {
                  owner.pets().remove(0);
                }
              });
        }
        Owner ann = seen.get(0);
        assertThat(seen).extracting(o -> o.name).containsExactly("Ann", "Bob");
        session.add(new Owner("Cid"));
        session.flush();
        // Ann's pets changed, so she stayed; Bob's chunk was current when the stream ended
        assertThat(session.contains(ann)).isTrue();
        assertThat(session.contains(seen.get(1))).isTrue();
        session.commit();
      }
      try (Session session = small.openSession()) {
        List<Owner> seen = new java.util.ArrayList<>();
        try (Stream<Owner> owners = session.query(Owner.class).orderBy("name").stream()) {
          owners.forEach(seen::add);
        }
        assertThat(seen).hasSize(3);
        assertThat(session.contains(seen.get(0))).as("unchanged: released").isFalse();
        assertThat(session.contains(seen.get(1))).isFalse();
      }
    }
  }

  @DatabaseTest
  void aFinalCollectionCannotLoadLazilyOrRaise(TestDb db) {
    try (Clinic clinic = new Clinic(db)) {
      clinic.seed();
      try (Session session = clinic.open()) {
        assertThatThrownBy(() -> session.query(Owner.class).options(Load.lazy("pets")))
            .isInstanceOf(CairnException.class)
            .hasMessageContaining("Load.lazy(\"pets\"): Owner.pets is a final collection field")
            .hasMessageContaining("use Load.selectin or Load.joined, or remove final");
        assertThatThrownBy(() -> session.query(Owner.class).options(Load.raise("pets")))
            .hasMessageContaining("cannot load on access or raise");
      }
    }
  }

  @DatabaseTest
  void aFinalCollectionHoldingNullFailsNamingTheField(TestDb db) {
    SessionFactory sessions =
        SessionFactory.builder(db.engine()).entities(Drawer.class, Sock.class).build();
    sessions.createAll();
    db.executeJdbc("INSERT INTO jf_drawers (id) VALUES (1)");
    try (Session session = sessions.openSession()) {
      assertThatThrownBy(() -> session.get(Drawer.class, 1L))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("Drawer.socks is a final collection field but holds null")
          .hasMessageContaining("initialise it where it is declared");
    }
  }
}
