package dev.cairn.orm.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Session;
import dev.cairn.orm.session.SessionFixtures.Account;
import dev.cairn.orm.session.SessionFixtures.Child;
import dev.cairn.orm.session.SessionFixtures.Fixture;
import dev.cairn.orm.session.SessionFixtures.Parent;
import dev.cairn.orm.session.SessionFixtures.User;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.List;

/** The exact statements a flush sends, and how many round trips. */
class SessionFlushSqlTest {

  private static String insertParents(TestDb db, int rows) {
    if (db.database() == TestDatabase.H2) {
      return "INSERT INTO parents (name) VALUES (?)";
    }
    return "INSERT INTO parents (name) VALUES " + "(?), ".repeat(rows - 1) + "(?) RETURNING id";
  }

  private static String returning(TestDb db) {
    return db.database() == TestDatabase.H2 ? "" : " RETURNING id";
  }

  @DatabaseTest
  void flushOrdersByDependencyBatchesInsertsAndUpdatesOnlyChangedColumns(TestDb db) {
    try (Fixture f = new Fixture(db, Child.class, Parent.class, Account.class).create();
        Session session = f.sessions.openSession()) {
      Parent first = new Parent("a");
      Parent second = new Parent("b");
      session.addAll(List.of(first, second));
      session.flush();
      assertThat(f.recorder.sql).containsExactly(insertParents(db, 2));
      assertThat(first.id).isNotNull();
      assertThat(second.id).isGreaterThan(first.id);

      f.recorder.clear();
      Child child = new Child(first, "c");
      Account account = new Account("x", 1);
      session.add(child);
      session.add(account);
      session.commit();
      assertThat(f.recorder.sql)
          .containsExactly(
              "INSERT INTO children (name, parent_id) VALUES (?, ?)" + returning(db),
              "INSERT INTO accounts (owner, balance, version) VALUES (?, ?, ?)" + returning(db));
      assertThat(account.version).isEqualTo(1L);

      f.recorder.clear();
      account.balance = 5;
      first.name = "aa";
      session.flush();
      assertThat(f.recorder.sql)
          .containsExactly(
              "UPDATE parents SET name = ? WHERE parents.id = ?",
              "UPDATE accounts SET balance = ?, version = ? WHERE accounts.id = ? AND"
                  + " accounts.version = ?");
      assertThat(account.version).isEqualTo(2L);

      f.recorder.clear();
      session.flush();
      assertThat(f.recorder.sql).isEmpty();

      session.delete(first);
      session.delete(child);
      session.delete(account);
      session.commit();
      assertThat(f.recorder.sql)
          .containsExactly(
              "DELETE FROM accounts WHERE accounts.id = ? AND accounts.version = ?",
              "DELETE FROM children WHERE children.id = ?",
              "DELETE FROM parents WHERE parents.id = ?");
      assertThat(session.get(Parent.class, second.id)).isSameAs(second);
      assertThat(session.get(Parent.class, first.id)).isNull();
    }
  }

  @DatabaseTest
  void updatesWithTheSameChangedColumnsShareOneBatch(TestDb db) {
    try (Fixture f = new Fixture(db, User.class).create();
        Session session = f.sessions.openSession()) {
      List<User> users = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        users.add(new User("u" + i));
      }
      session.addAll(users);
      session.commit();
      f.recorder.clear();
      for (User user : users) {
        user.setUsername(user.getUsername() + "!");
      }
      session.commit();
      assertThat(f.recorder.sql)
          .containsExactly("UPDATE users SET username = ? WHERE users.id = ?");
      assertThat(f.recorder.batchSizes).containsExactly(5);
      session.clear();
      assertThat(session.query(User.class).filterBy("username", "u3!").one().getId())
          .isEqualTo(users.get(3).getId());
    }
  }

  @DatabaseTest
  void tenThousandNewEntitiesFlushInBatchesNotOneRoundTripEach(TestDb db) {
    int batchSize = 250;
    try (Fixture f = new Fixture(db, batchSize, User.class).create();
        Session session = f.sessions.openSession()) {
      List<User> users = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        users.add(new User("user" + i));
      }
      session.addAll(users);
      session.flush();
      int expectedTrips = (10_000 + batchSize - 1) / batchSize;
      assertThat(f.recorder.sql).hasSize(expectedTrips);
      assertThat(f.recorder.sql).allMatch(sql -> sql.startsWith("INSERT INTO users"));
      if (db.database() == TestDatabase.H2) {
        assertThat(f.recorder.batchSizes).allMatch(size -> size == batchSize);
      }
      assertThat(users).allMatch(u -> u.getId() != null);
      assertThat(users.stream().map(User::getId).distinct().count()).isEqualTo(10_000);
      session.commit();
      session.clear();
      f.recorder.clear();
      User last = session.get(User.class, users.get(9_999).getId());
      assertThat(last.getUsername()).isEqualTo("user9999");
      assertThat(session.query(User.class).count()).isEqualTo(10_000);
    }
  }
}
