package dev.cairn.orm.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.orm.Load;
import dev.cairn.orm.RelationshipCollection;
import dev.cairn.orm.Session;
import dev.cairn.orm.loading.LoadingFixture.LAddress;
import dev.cairn.orm.loading.LoadingFixture.LGroup;
import dev.cairn.orm.loading.LoadingFixture.LItem;
import dev.cairn.orm.loading.LoadingFixture.LOrder;
import dev.cairn.orm.loading.LoadingFixture.LUser;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDb;
import java.util.List;

/** Statement counts of every loading path, on every database. */
class LoadingCountTest {

  @DatabaseTest
  void lazyCollectionsLoadForTheWholeResultInOneStatement(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(20, 3);
        Session session = f.open()) {
      List<LUser> users = session.query(LUser.class).orderBy("id").all();
      f.counter.assertCount(1);
      assertThat(users).hasSize(20);
      assertThat(((RelationshipCollection) users.get(0).addresses).isLoaded()).isFalse();
      int total = 0;
      for (LUser user : users) {
        total += user.addresses.size();
        assertThat(user.addresses).allSatisfy(a -> assertThat(a.user).isSameAs(user));
      }
      f.counter.assertCount(2);
      assertThat(total).isEqualTo(60);
      assertThat(users.get(4).addresses)
          .extracting(a -> a.city)
          .containsExactly("city13", "city14", "city15");
    }
  }

  @DatabaseTest
  void selectinLoadsRightAfterTheResult(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(20, 3);
        Session session = f.open()) {
      List<LUser> users =
          session.query(LUser.class).options(Load.selectin("addresses")).orderBy("id").all();
      f.counter.assertCount(2);
      assertThat(users).allSatisfy(u -> assertThat(u.addresses).hasSize(3));
      f.counter.assertCount(2);
    }
  }

  @DatabaseTest
  void joinedLoadsInTheQueryAndDeduplicatesParents(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(20, 3);
        Session session = f.open()) {
      List<LUser> users =
          session.query(LUser.class).options(Load.joined("addresses")).orderBy("id").all();
      f.counter.assertCount(1);
      assertThat(users).hasSize(20).doesNotHaveDuplicates();
      assertThat(users).allSatisfy(u -> assertThat(u.addresses).hasSize(3));
      assertThat(users.get(1).addresses)
          .extracting(a -> a.city)
          .containsExactlyInAnyOrder("city4", "city5", "city6");
      f.counter.assertCount(1);
    }
  }

  @DatabaseTest
  void joinedReferenceNeedsNoSecondStatement(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(5, 2);
        Session session = f.open()) {
      List<LAddress> addresses =
          session.query(LAddress.class).options(Load.joined("user")).orderBy("id").all();
      f.counter.assertCount(1);
      assertThat(addresses).hasSize(10);
      assertThat(addresses.get(3).user.name).isEqualTo("user2");
      assertThat(addresses.get(2).user).isSameAs(addresses.get(3).user);
    }
  }

  @DatabaseTest
  void nestedPathsLoadOneStatementPerLevel(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(10, 2);
        Session session = f.open()) {
      List<LUser> users =
          session
              .query(LUser.class)
              .options(Load.selectin("orders").then("items"))
              .orderBy("id")
              .all();
      f.counter.assertCount(3);
      int items = 0;
      for (LUser user : users) {
        for (LOrder order : user.orders) {
          items += order.items.size();
          assertThat(order.customer).isSameAs(user);
          for (LItem item : order.items) {
            assertThat(item.order).isSameAs(order);
          }
        }
      }
      assertThat(items).isEqualTo(40);
      f.counter.assertCount(3);
    }
  }

  @DatabaseTest
  void nestedLazyCollectionsAlsoBatchPerLevel(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(10, 2);
        Session session = f.open()) {
      List<LUser> users = session.query(LUser.class).all();
      int items = 0;
      for (LUser user : users) {
        for (LOrder order : user.orders) {
          items += order.items.size();
        }
      }
      assertThat(items).isEqualTo(40);
      f.counter.assertCount(3);
    }
  }

  @DatabaseTest
  void manyToOneReferencesLoadInOneBatchAfterTheResult(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(20, 3);
        Session session = f.open()) {
      List<LAddress> addresses = session.query(LAddress.class).orderBy("id").all();
      f.counter.assertCount(2);
      assertThat(addresses).hasSize(60);
      assertThat(addresses).allSatisfy(a -> assertThat(a.user).isNotNull());
      assertThat(addresses.get(59).user.name).isEqualTo("user20");
      assertThat(addresses.get(0).user).isSameAs(addresses.get(1).user);
      f.counter.reset();
      // the identity map is consulted first: the users are already loaded
      List<LOrder> orders = session.query(LOrder.class).all();
      f.counter.assertCount(1);
      assertThat(orders).allSatisfy(o -> assertThat(o.customer).isNotNull());
    }
  }

  @DatabaseTest
  void getLoadsTheReferenceToo(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(3, 2);
        Session session = f.open()) {
      LAddress address = session.get(LAddress.class, 6L);
      assertThat(address.user.name).isEqualTo("user3");
      f.counter.assertCount(2);
      assertThat(address.user.addresses).hasSize(2).contains(address);
      f.counter.assertCount(3);
    }
  }

  @DatabaseTest
  void manyToManyLoadsThroughTheAssociationTable(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(20, 1);
        Session session = f.open()) {
      List<LUser> users = session.query(LUser.class).orderBy("id").all();
      int memberships = 0;
      for (LUser user : users) {
        memberships += user.groups.size();
      }
      f.counter.assertCount(2);
      assertThat(memberships).isEqualTo(30);
      assertThat(users.get(1).groups).extracting(g -> g.name).containsExactly("group1", "group2");
      f.counter.reset();
      List<LGroup> groups =
          session.query(LGroup.class).options(Load.selectin("members")).orderBy("id").all();
      f.counter.assertCount(2);
      assertThat(groups.get(0).members).hasSize(20).containsAll(users);
      assertThat(groups.get(1).members).hasSize(10);
      assertThat(groups.get(2).members).isEmpty();
      f.counter.assertCount(2);
    }
  }

  @DatabaseTest
  void joinedManyToMany(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(6, 1);
        Session session = f.open()) {
      List<LGroup> groups =
          session.query(LGroup.class).options(Load.joined("members")).orderBy("id").all();
      f.counter.assertCount(1);
      assertThat(groups).hasSize(3);
      assertThat(groups.get(0).members).hasSize(6);
      assertThat(groups.get(1).members).extracting(u -> u.id).containsExactlyInAnyOrder(2L, 4L, 6L);
      assertThat(groups.get(2).members).isEmpty();
    }
  }

  @DatabaseTest
  void aThousandParentsLoadInChunksOfTheDefaultLoadBatchSize(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(1000, 1);
        Session session = f.open()) {
      List<LUser> users = session.query(LUser.class).all();
      int total = 0;
      for (LUser user : users) {
        total += user.addresses.size();
      }
      assertThat(total).isEqualTo(1000);
      f.counter.assertCount(1 + 2);
    }
  }

  @DatabaseTest
  void aThousandParentsLoadInChunksOfAConfiguredLoadBatchSize(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db, false, 100).data(1000, 1);
        Session session = f.open()) {
      List<LUser> users = session.query(LUser.class).all();
      int total = 0;
      for (LUser user : users) {
        total += user.addresses.size();
        assertThat(user.addresses).extracting(a -> a.user).containsOnly(user);
      }
      assertThat(total).isEqualTo(1000);
      f.counter.assertCount(1 + 10);
    }
  }

  @DatabaseTest
  void selectinChunksByTheLoadBatchSizeToo(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db, false, 100).data(250, 2);
        Session session = f.open()) {
      List<LUser> users =
          session.query(LUser.class).options(Load.selectin("addresses")).orderBy("id").all();
      f.counter.assertCount(1 + 3);
      assertThat(users.get(249).addresses).extracting(a -> a.id).containsExactly(499L, 500L);
      f.counter.assertCount(1 + 3);
    }
  }

  @DatabaseTest
  void limitedQueriesWithAJoinedCollectionLoadItAfterwards(TestDb db) {
    try (LoadingFixture f = new LoadingFixture(db).data(5, 3);
        Session session = f.open()) {
      LUser first =
          session.query(LUser.class).options(Load.joined("addresses")).orderBy("id").first();
      assertThat(first.id).isEqualTo(1L);
      assertThat(first.addresses).hasSize(3);
      f.counter.assertCount(2);
    }
  }
}
