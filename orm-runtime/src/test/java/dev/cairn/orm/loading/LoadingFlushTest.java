package dev.cairn.orm.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Load;
import dev.cairn.orm.Session;
import dev.cairn.orm.loading.LoadingFixture.LAddress;
import dev.cairn.orm.loading.LoadingFixture.LGroup;
import dev.cairn.orm.loading.LoadingFixture.LUser;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;

/** Loading is no change: flushing after loads writes nothing; changes after a load are written. */
class LoadingFlushTest {

  @DatabaseTest
  void loadedReferencesAndCollectionsAreNotChanges(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(5, 2);
        Session session = f.open()) {
      List<LUser> users =
          session.query(LUser.class).options(Load.joined("groups"), Load.selectin("orders")).all();
      users.forEach(u -> u.addresses.size());
      List<LAddress> addresses = session.query(LAddress.class).all();
      assertThat(addresses).allSatisfy(a -> assertThat(a.user).isNotNull());
      f.counter.reset();
      session.flush();
      f.counter.assertCount(0);
      session.commit();
      f.counter.assertCount(0);
    }
  }

  @DatabaseTest
  void changesToLoadedCollectionsAndReferencesAreWritten(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(4, 1)) {
      try (Session session = f.open()) {
        List<LUser> users = session.query(LUser.class).orderBy("id").all();
        LGroup third = session.get(LGroup.class, 3L);
        users.get(0).groups.add(third); // loads the groups of every user first
        LAddress address = session.get(LAddress.class, 4L);
        address.user = users.get(0);
        f.counter.reset();
        session.commit();
        assertThat(f.counter.statements())
            .anyMatch(sql -> sql.startsWith("INSERT INTO l_user_groups"))
            .anyMatch(sql -> sql.startsWith("UPDATE l_addresses"))
            .hasSize(2);
      }
      try (Session session = f.open()) {
        LUser first = session.get(LUser.class, 1L);
        assertThat(first.groups).extracting(g -> g.id).containsExactlyInAnyOrder(1L, 3L);
        assertThat(first.addresses).extracting(a -> a.id).containsExactlyInAnyOrder(1L, 4L);
      }
    }
  }
}
