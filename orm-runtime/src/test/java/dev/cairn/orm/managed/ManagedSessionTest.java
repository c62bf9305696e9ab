package dev.cairn.orm.managed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.engine.ConnectionProvider;
import dev.cairn.core.engine.Engine;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.ManagedSession;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.GeneratedValue;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;

/** Sessions whose transaction is managed outside Cairn, as the Spring integration opens them. */
class ManagedSessionTest {

  @Entity
  @Table(name = "managed_users")
  static class ManagedUser {
    @Id @GeneratedValue Long id;
    String username;

    ManagedUser() {}

    ManagedUser(String username) {
      this.username = username;
    }
  }

  /** Hands out one JDBC connection whose transaction the test drives itself. */
  private record External(Connection jdbc) implements ConnectionProvider {
    @Override
    public Connection acquire() {
      return jdbc;
    }

    @Override
    public void release(Connection connection) {}

    @Override
    public boolean managesTransactions() {
      return true;
    }
  }

  private static SessionFactory factory(TestDb db, Connection jdbc) {
    SessionFactory plain =
        SessionFactory.builder(Engine.of(db.dataSource())).entities(ManagedUser.class).build();
    plain.createAll();
    return SessionFactory.builder(Engine.builder(new External(jdbc)).dialect(db.dialect()).build())
        .entities(ManagedUser.class)
        .build();
  }

  private static long count(Connection jdbc) throws SQLException {
    try (ResultSet rows =
        jdbc.createStatement().executeQuery("SELECT COUNT(*) FROM managed_users")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @DatabaseTest
  void commitAndRollbackAreRefusedWithTheHint(TestDb db) throws SQLException {
    try (Connection jdbc = db.dataSource().getConnection()) {
      jdbc.setAutoCommit(false);
      ManagedSession session = factory(db, jdbc).openManagedSession("use @Transactional");
      session.add(new ManagedUser("ann"));
      assertThatThrownBy(session::commit)
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("session.commit() is not allowed")
          .hasMessageEndingWith("use @Transactional");
      assertThatThrownBy(session::rollback).hasMessageContaining("session.rollback()");
      session.flush();
      jdbc.commit();
      session.transactionCommitted();
      assertThat(count(jdbc)).isEqualTo(1);
    }
  }

  @DatabaseTest
  void outerRollbackMakesInsertedObjectsTransientAgain(TestDb db) throws SQLException {
    try (Connection jdbc = db.dataSource().getConnection()) {
      jdbc.setAutoCommit(false);
      ManagedSession session = factory(db, jdbc).openManagedSession("hint");
      ManagedUser ann = new ManagedUser("ann");
      ManagedUser bob = new ManagedUser("bob");
      session.add(ann);
      session.flush();
      session.add(bob);
      assertThat(ann.id).isNotNull();
      jdbc.rollback();
      session.transactionRolledBack();
      assertThat(ann.id).isNull();
      assertThat(bob.id).isNull();
      assertThat(count(jdbc)).isZero();
      assertThatThrownBy(() -> session.add(ann)).hasMessageContaining("closed");
    }
  }

  @DatabaseTest
  void savepointRollbackDiscardsWhatChangedSinceTheSavepoint(TestDb db) throws SQLException {
    try (Connection jdbc = db.dataSource().getConnection()) {
      jdbc.setAutoCommit(false);
      ManagedSession session = factory(db, jdbc).openManagedSession("hint");
      ManagedUser ann = new ManagedUser("ann");
      ManagedUser gone = new ManagedUser("gone");
      session.addAll(java.util.List.of(ann, gone));
      session.flush();
      Savepoint savepoint = jdbc.setSavepoint();
      ManagedUser bob = new ManagedUser("bob");
      session.add(bob);
      ann.username = "anne";
      session.delete(gone);
      session.flush();
      ManagedUser pending = new ManagedUser("pending");
      session.add(pending);
      jdbc.rollback(savepoint);
      session.savepointRolledBack();
      assertThat(ann.username).isEqualTo("ann");
      assertThat(session.state(ann)).isEqualTo(EntityState.PERSISTENT);
      assertThat(session.state(gone)).isEqualTo(EntityState.PERSISTENT);
      assertThat(bob.id).isNull();
      assertThat(session.state(bob)).isEqualTo(EntityState.TRANSIENT);
      assertThat(session.state(pending)).isEqualTo(EntityState.TRANSIENT);
      session.add(new ManagedUser("carl"));
      session.flush();
      jdbc.commit();
      session.transactionCommitted();
      assertThat(count(jdbc)).isEqualTo(3);
      assertThat(ann.id).isNotNull();
    }
  }
}
