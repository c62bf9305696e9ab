package dev.cairn.orm.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.DatabaseException;
import dev.cairn.orm.EntityState;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.SessionListener;
import dev.cairn.orm.StaleEntityException;
import dev.cairn.orm.session.SessionFixtures.Account;
import dev.cairn.orm.session.SessionFixtures.Document;
import dev.cairn.orm.session.SessionFixtures.Fixture;
import dev.cairn.orm.session.SessionFixtures.Token;
import dev.cairn.orm.session.SessionFixtures.User;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Identity map, object states, transactions, versions and callbacks. */
class SessionStateTest {

  @DatabaseTest
  void identityMapGivesOneInstancePerRow(TestDb db) {
    try (Fixture f = new Fixture(db, User.class).create();
        Session session = f.sessions.openSession()) {
      User ann = new User("ann");
      assertThat(session.state(ann)).isEqualTo(EntityState.TRANSIENT);
      session.add(ann);
      assertThat(session.state(ann)).isEqualTo(EntityState.PENDING);
      session.commit();
      assertThat(session.state(ann)).isEqualTo(EntityState.PERSISTENT);
      assertThat(session.get(User.class, ann.getId())).isSameAs(ann);
      session.clear();
      assertThat(session.state(ann)).isEqualTo(EntityState.DETACHED);
      f.recorder.clear();
      User loaded = session.get(User.class, ann.getId());
      assertThat(loaded).isNotSameAs(ann);
      assertThat(session.get(User.class, ann.getId())).isSameAs(loaded);
      assertThat(f.recorder.sql).hasSize(1);
      assertThat(session.query(User.class).filterBy("username", "ann").one()).isSameAs(loaded);
      assertThat(session.get(User.class, 424242L)).isNull();
    }
  }

  @DatabaseTest
  void rollbackMakesObjectsAgreeWithTheDatabase(TestDb db) {
    try (Fixture f = new Fixture(db, User.class).create();
        Session session = f.sessions.openSession()) {
      User kept = new User("kept");
      User doomed = new User("doomed");
      session.addAll(List.of(kept, doomed));
      session.commit();

      User added = new User("added");
      User flushedThenRolledBack = new User("flushed");
      session.add(flushedThenRolledBack);
      session.flush();
      assertThat(flushedThenRolledBack.getId()).isNotNull();
      session.add(added);
      kept.setUsername("changed");
      session.delete(doomed);
      session.flush();
      session.rollback();

      assertThat(session.state(added)).isEqualTo(EntityState.TRANSIENT);
      assertThat(session.contains(added)).isFalse();
      assertThat(session.state(flushedThenRolledBack)).isEqualTo(EntityState.TRANSIENT);
      assertThat(flushedThenRolledBack.getId()).isNull();
      assertThat(kept.getUsername()).isEqualTo("kept");
      assertThat(session.state(doomed)).isEqualTo(EntityState.PERSISTENT);
      assertThat(session.query(User.class).count()).isEqualTo(2);

      session.add(flushedThenRolledBack);
      session.commit();
      assertThat(session.query(User.class).count()).isEqualTo(3);
    }
  }

  @DatabaseTest
  void failedFlushLeavesDatabaseAndSessionAsTheyWere(TestDb db) {
    try (Fixture f = new Fixture(db, Token.class).create();
        Session session = f.sessions.openSession()) {
      Token first = new Token("first");
      session.add(first);
      session.flush();
      Token clash = new Token("clash");
      session.add(clash);
      Token fine = new Token("fine");
      session.add(fine);
      clash.id = first.id;
      assertThatThrownBy(session::flush)
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("Flush failed: INSERT of Token")
          .hasMessageContaining("tokens")
          .hasCauseInstanceOf(DatabaseException.class);
      assertThat(session.state(fine)).isEqualTo(EntityState.PENDING);
      assertThat(session.state(first)).isEqualTo(EntityState.PERSISTENT);
      clash.id = java.util.UUID.randomUUID();
      session.commit();
      assertThat(session.query(Token.class).count()).isEqualTo(3);
    }
  }

  @DatabaseTest
  void versionConflictBetweenTwoSessionsIsStale(TestDb db) {
    try (Fixture f = new Fixture(db, Account.class).create();
        Session one = f.sessions.openSession();
        Session two = f.sessions.openSession()) {
      Account account = new Account("ann", 10);
      one.add(account);
      one.commit();
      Account other = two.get(Account.class, account.id);
      other.balance = 20;
      two.commit();
      assertThat(other.version).isEqualTo(2L);

      account.balance = 30;
      assertThatThrownBy(one::commit)
          .isInstanceOfSatisfying(
              StaleEntityException.class,
              e -> {
                assertThat(e.entityName()).isEqualTo("Account");
                assertThat(e.id()).isEqualTo(account.id);
              })
          .hasMessageContaining("UPDATE of Account with id " + account.id);
      one.rollback();
      assertThat(account.balance).isEqualTo(20);
      assertThat(account.version).isEqualTo(2L);
      account.balance = 40;
      one.commit();
      two.refresh(other);
      assertThat(other.balance).isEqualTo(40);

      other.balance = 50;
      two.commit();
      one.delete(account);
      assertThatThrownBy(one::flush).isInstanceOf(StaleEntityException.class);
    }
  }

  @DatabaseTest
  void refreshMergeExpungeClearContains(TestDb db) {
    try (Fixture f = new Fixture(db, User.class).create();
        Session session = f.sessions.openSession()) {
      User ann = new User("ann");
      session.add(ann);
      session.commit();
      ann.setUsername("unsaved");
      session.refresh(ann);
      assertThat(ann.getUsername()).isEqualTo("ann");

      session.expunge(ann);
      assertThat(session.contains(ann)).isFalse();
      ann.setUsername("merged");
      User merged = session.merge(ann);
      assertThat(merged).isNotSameAs(ann);
      assertThat(merged.getUsername()).isEqualTo("merged");
      assertThat(session.contains(merged)).isTrue();
      session.commit();

      User fresh = session.merge(new User("new via merge"));
      assertThat(session.state(fresh)).isEqualTo(EntityState.PENDING);
      session.commit();
      session.clear();
      assertThat(session.contains(merged)).isFalse();
      assertThat(session.get(User.class, ann.getId()).getUsername()).isEqualTo("merged");
      assertThat(session.get(User.class, fresh.getId()).getUsername()).isEqualTo("new via merge");
    }
  }

  @DatabaseTest
  void callbacksAndListenersKeepTimestampsAndAnAuditTrail(TestDb db) {
    List<String> events = new CopyOnWriteArrayList<>();
    SessionListener audit =
        new SessionListener() {
          @Override
          public void beforeFlush(Session session) {
            events.add("beforeFlush");
          }

          @Override
          public void afterFlush(Session session) {
            events.add("afterFlush");
          }

          @Override
          public void afterCommit(Session session) {
            events.add("afterCommit");
          }

          @Override
          public void afterRollback(Session session) {
            events.add("afterRollback");
          }
        };
    SessionFactory sessions =
        SessionFactory.builder(db.engine()).entities(Document.class).listener(audit).build();
    sessions.createAll();
    Document.AUDIT.clear();
    try (Session session = sessions.openSession()) {
      Document doc = new Document("plan");
      session.add(doc);
      session.commit();
      assertThat(doc.createdAt).isEqualTo(LocalDateTime.of(2024, 1, 1, 10, 0));
      assertThat(events).containsExactly("beforeFlush", "afterFlush", "afterCommit");
      doc.title = "plan v2";
      session.commit();
      assertThat(doc.updatedAt).isEqualTo(LocalDateTime.of(2024, 1, 2, 10, 0));
      session.delete(doc);
      session.rollback();
      assertThat(events).endsWith("afterRollback");
      session.clear();
      Document loaded = session.get(Document.class, doc.id);
      assertThat(loaded.loaded).isTrue();
      assertThat(loaded.updatedAt).isEqualTo(LocalDateTime.of(2024, 1, 2, 10, 0));
      assertThat(loaded.createdAt).isEqualTo(LocalDateTime.of(2024, 1, 1, 10, 0));
      session.delete(loaded);
      session.commit();
    }
    assertThat(Document.AUDIT).containsExactly("persist plan", "update plan v2", "remove plan v2");
  }
}
