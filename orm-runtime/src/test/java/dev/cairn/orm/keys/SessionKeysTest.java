package dev.cairn.orm.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.GenerationStrategy;
import dev.cairn.orm.annotation.Id;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.List;
import java.util.UUID;

/** Keys the session must handle besides identity columns: composite, sequence, client UUID. */
class SessionKeysTest {

  @Entity
  static class Membership {
    @Id Long groupId;
    @Id Long memberId;
    String role;

    Membership() {}

    Membership(long groupId, long memberId, String role) {
      this.groupId = groupId;
      this.memberId = memberId;
      this.role = role;
    }
  }

  @Entity
  static class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationStrategy.SEQUENCE, sequence = "ticket_numbers")
    Long id;

    String title;

    Ticket() {}

    Ticket(String title) {
      this.title = title;
    }
  }

  @Entity
  static class Device {
    @Id
    @GeneratedValue(strategy = GenerationStrategy.UUID)
    UUID id;

    String label;

    Device() {}

    Device(String label) {
      this.label = label;
    }
  }

  @DatabaseTest
  void compositeKeysAreInsertedFoundUpdatedAndDeleted(TestDb db) {
    SessionFactory sessions =
        SessionFactory.builder(db.engine()).entities(Membership.class).build();
    sessions.createAll();
    try (Session session = sessions.openSession()) {
      session.addAll(List.of(new Membership(1, 10, "owner"), new Membership(1, 11, "reader")));
      session.commit();
    }
    try (Session session = sessions.openSession()) {
      Membership reader = session.get(Membership.class, List.of(1L, 11L));
      assertThat(reader).isNotNull();
      assertThat(reader.role).isEqualTo("reader");
      assertThat(session.get(Membership.class, List.of(1L, 11L))).isSameAs(reader);
      assertThat(session.get(Membership.class, List.of(2L, 11L))).isNull();
      reader.role = "editor";
      session.delete(session.get(Membership.class, List.of(1L, 10L)));
      session.commit();
    }
    try (Session session = sessions.openSession()) {
      List<Membership> left = session.query(Membership.class).all();
      assertThat(left).singleElement().satisfies(m -> assertThat(m.role).isEqualTo("editor"));
    }
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void sequenceKeysComeFromTheSequence(TestDb db) {
    SessionFactory sessions = SessionFactory.builder(db.engine()).entities(Ticket.class).build();
    sessions.createAll();
    assertThat(db.engine().sequenceExists("ticket_numbers")).isTrue();
    try (Session session = sessions.openSession()) {
      Ticket first = new Ticket("first");
      Ticket second = new Ticket("second");
      session.addAll(List.of(first, second));
      session.commit();
      assertThat(first.id).isNotNull();
      assertThat(second.id).isNotNull().isNotEqualTo(first.id);
      assertThat(session.get(Ticket.class, second.id)).isSameAs(second);
    }
  }

  @DatabaseTest
  void uuidKeysAreAssignedOnTheClient(TestDb db) {
    SessionFactory sessions = SessionFactory.builder(db.engine()).entities(Device.class).build();
    sessions.createAll();
    UUID id;
    try (Session session = sessions.openSession()) {
      Device device = new Device("sensor");
      session.add(device);
      assertThat(device.id).isNotNull();
      id = device.id;
      session.commit();
    }
    try (Session session = sessions.openSession()) {
      Device found = session.get(Device.class, id);
      assertThat(found).isNotNull();
      assertThat(found.label).isEqualTo("sensor");
    }
  }

  @DatabaseTest
  void entitiesJoinThroughCoreStatements(TestDb db) {
    SessionFactory sessions =
        SessionFactory.builder(db.engine()).entities(Membership.class, Device.class).build();
    sessions.createAll();
    try (Session session = sessions.openSession()) {
      session.addAll(List.of(new Membership(1, 10, "owner"), new Membership(2, 11, "reader")));
      session.add(new Device("owner"));
      session.commit();

      Table memberships = session.table(Membership.class);
      Table devices = session.table(Device.class);
      List<Membership> owners =
          session.scalars(
              Membership.class,
              Sql.select(memberships.columns())
                  .from(memberships)
                  .join(
                      devices,
                      devices
                          .column("label", String.class)
                          .eq(memberships.column("role", String.class))));
      assertThat(owners).singleElement().satisfies(m -> assertThat(m.memberId).isEqualTo(10L));
      assertThat(owners.get(0)).isSameAs(session.get(Membership.class, List.of(1L, 10L)));
    }
  }
}
