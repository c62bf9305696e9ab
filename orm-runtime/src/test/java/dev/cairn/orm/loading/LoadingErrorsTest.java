package dev.cairn.orm.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.orm.Load;
import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.orm.loading.LoadingFixture.LAddress;
import dev.cairn.orm.loading.LoadingFixture.LUser;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Raise options, strict mode, detached access, bad options and the query counter's messages. */
class LoadingErrorsTest {

  @DatabaseTest
  void raiseRefusesAccessAndNamesTheOption(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(3, 2);
        Session session = f.open()) {
      List<LUser> users =
          session
              .query(LUser.class)
              .options(Load.raise("addresses"), Load.selectin("orders"))
              .all();
      f.counter.assertCount(2);
      assertThat(users.get(0).orders).hasSize(2);
      assertThatThrownBy(() -> users.get(0).addresses.size())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("LUser.addresses")
          .hasMessageContaining("Load.raise(\"addresses\")")
          .hasMessageContaining("Load.selectin(\"addresses\")");
      f.counter.assertCount(2);
    }
  }

  @DatabaseTest
  void strictModeRaisesOnEveryImplicitLoad(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db, true).data(3, 2);
        Session session = f.open()) {
      List<LUser> users = session.query(LUser.class).all();
      assertThatThrownBy(() -> users.get(0).addresses.isEmpty())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("LUser.addresses")
          .hasMessageContaining("strict")
          .hasMessageContaining("Load.selectin(\"addresses\")");
      assertThatThrownBy(() -> users.get(0).groups.iterator())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("LUser.groups");
      f.counter.assertCount(1);
      List<LUser> loaded =
          session
              .query(LUser.class)
              .options(Load.selectin("addresses"), Load.joined("groups"))
              .all();
      assertThat(loaded.get(0).addresses).hasSize(2);
      assertThat(loaded.get(0).groups).hasSize(1);
      // references are read with their result, so strict mode has nothing to refuse there
      List<LAddress> addresses = session.query(LAddress.class).all();
      assertThat(addresses).allSatisfy(a -> assertThat(a.user).isNotNull());
    }
  }

  @DatabaseTest
  void detachedAccessNamesEntityPropertyAndOption(TestDb db) {
    List<LUser> users;
    LUser expunged;
    try (LoadingFixture f = new LoadingFixture(db).data(3, 2)) {
      try (Session session = f.open()) {
        users = session.query(LUser.class).orderBy("id").all();
        expunged = users.get(1);
        session.expunge(expunged);
        // loaded after the expunge, so no order in the session refers to the expunged user (a
        // lazy load autoflushes, and a flush would cascade from such an order to its customer)
        assertThat(users.get(2).orders).hasSize(2);
        assertThatThrownBy(() -> expunged.addresses.size())
            .isInstanceOf(CairnException.class)
            .hasMessageContaining("LUser.addresses of LUser with id 2")
            .hasMessageContaining("detached")
            .hasMessageContaining("Load.selectin(\"addresses\")");
        // the siblings still in the session load without the expunged one
        assertThat(users.get(0).addresses).hasSize(2);
      }
      assertThatThrownBy(() -> users.get(0).groups.size())
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("LUser.groups of LUser with id 1 is not loaded")
          .hasMessageContaining("session was closed")
          .hasMessageContaining("Load.selectin(\"groups\")");
      // what was loaded stays readable
      assertThat(users.get(2).orders).hasSize(2);
      assertThat(users.get(0).addresses).hasSize(2);
    }
  }

  @DatabaseTest({dev.cairn.test.TestDatabase.H2})
  void unknownPathsAndRaisedReferencesFailWhenGiven(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db);
        Session session = f.open()) {
      assertThatThrownBy(() -> session.query(LUser.class).options(Load.selectin("adresses")))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("LUser has no relationship 'adresses'")
          .hasMessageContaining("addresses");
      assertThatThrownBy(
              () -> session.query(LUser.class).options(Load.selectin("orders").then("itemz")))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("LOrder has no relationship 'itemz'");
      assertThatThrownBy(() -> session.query(LAddress.class).options(Load.raise("user")))
          .isInstanceOf(CairnException.class)
          .hasMessageContaining("LAddress.user is a reference");
    }
  }

  @Test
  void loadOptionsPrintAsWritten() {
    assertThat(Load.selectin("orders").then("items"))
        .hasToString("Load.selectin(\"orders\").then(\"items\")");
    assertThat(Load.selectin("orders").then(Load.joined("items")).path())
        .containsExactly("orders", "items");
    assertThat(Load.joined("a.b").strategies())
        .containsExactly(Load.Strategy.JOINED, Load.Strategy.JOINED);
    assertThatThrownBy(() -> Load.selectin("a..b"))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("empty step");
  }

  @Test
  void queryCounterListsWhatRanWhenTheCountIsWrong() {
    QueryCounter counter = new QueryCounter();
    assertThat(counter.countIn(() -> {})).isZero();
    counter.assertCount(0);
    assertThatThrownBy(() -> counter.assertCount(1))
        .isInstanceOf(CairnException.class)
        .hasMessage("Expected 1 statement(s) but 0 ran:");
  }
}
