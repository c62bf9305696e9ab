package dev.cairn.orm.loading;

import dev.cairn.core.engine.Engine;
import dev.cairn.orm.QueryCounter;
import dev.cairn.orm.Session;
import dev.cairn.orm.SessionFactory;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.JoinColumn;
import dev.cairn.orm.annotation.JoinTable;
import dev.cairn.orm.annotation.ManyToMany;
import dev.cairn.orm.annotation.ManyToOne;
import dev.cairn.orm.annotation.OneToMany;
import dev.cairn.orm.annotation.Table;
import dev.cairn.orm.mapping.RelationshipModel;
import dev.cairn.test.TestDb;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Users with addresses, orders with items and groups (many-to-many), over an engine whose
 * statements a {@link QueryCounter} counts. Rows are written with plain SQL so loading is tested on
 * its own.
 */
final class LoadingFixture implements AutoCloseable {

  @Entity
  @Table(name = "l_users")
  static class LUser {
    @Id Long id;
    String name;

    @OneToMany(mappedBy = "user")
    List<LAddress> addresses = new ArrayList<>();

    @OneToMany(mappedBy = "customer")
    List<LOrder> orders = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "l_user_groups")
    Set<LGroup> groups = new HashSet<>();

    LUser() {}
  }

  @Entity
  @Table(name = "l_addresses")
  static class LAddress {
    @Id Long id;
    String city;

    @ManyToOne
    @JoinColumn(name = "user_id")
    LUser user;

    LAddress() {}
  }

  @Entity
  @Table(name = "l_orders")
  static class LOrder {
    @Id Long id;
    String code;

    @ManyToOne
    @JoinColumn(name = "customer_id")
    LUser customer;

    @OneToMany(mappedBy = "order")
    List<LItem> items = new ArrayList<>();

    LOrder() {}
  }

  @Entity
  @Table(name = "l_items")
  static class LItem {
    @Id Long id;
    String product;

    @ManyToOne
    @JoinColumn(name = "order_id")
    LOrder order;

    LItem() {}
  }

  @Entity
  @Table(name = "l_groups")
  static class LGroup {
    @Id Long id;
    String name;

    @ManyToMany(mappedBy = "groups")
    Set<LUser> members = new HashSet<>();

    LGroup() {}
  }

  final TestDb db;
  final QueryCounter counter = new QueryCounter();
  final Engine engine;
  final SessionFactory factory;

  LoadingFixture(TestDb db) {
    this(db, false);
  }

  LoadingFixture(TestDb db, boolean strict) {
    this(db, strict, 500);
  }

  LoadingFixture(TestDb db, boolean strict, int loadBatchSize) {
    this.db = db;
    this.engine = Engine.builder(db.dataSource()).listener(counter).build();
    this.factory =
        SessionFactory.builder(engine)
            .entities(LUser.class, LAddress.class, LOrder.class, LItem.class, LGroup.class)
            .strictLoading(strict)
            .loadBatchSize(loadBatchSize)
            .build();
    factory.createAll();
  }

  Session open() {
    return factory.openSession();
  }

  /** {@code users} users; user i has {@code perUser} addresses, orders, and items per order. */
  LoadingFixture data(int users, int perUser) {
    insert("l_users", "id, name", users, i -> (i + 1) + ", 'user" + (i + 1) + "'");
    int children = users * perUser;
    insert(
        "l_addresses",
        "id, city, user_id",
        children,
        i -> (i + 1) + ", 'city" + (i + 1) + "', " + (i / perUser + 1));
    insert(
        "l_orders",
        "id, code, customer_id",
        children,
        i -> (i + 1) + ", 'order" + (i + 1) + "', " + (i / perUser + 1));
    insert(
        "l_items",
        "id, product, order_id",
        children * perUser,
        i -> (i + 1) + ", 'item" + (i + 1) + "', " + (i / perUser + 1));
    insert("l_groups", "id, name", 3, i -> (i + 1) + ", 'group" + (i + 1) + "'");
    RelationshipModel groups = factory.mapping().entity(LUser.class).findRelationship("groups");
    String link = groups.joinTable().name();
    String columns =
        groups.joinTableOwnerColumns().get(0).name()
            + ", "
            + groups.joinTableTargetColumns().get(0).name();
    // every user is in group 1; even users also in group 2
    List<String> rows = new ArrayList<>();
    for (int u = 1; u <= users; u++) {
      rows.add(u + ", 1");
      if (u % 2 == 0) {
        rows.add(u + ", 2");
      }
    }
    insert(link, columns, rows.size(), rows::get);
    counter.reset();
    return this;
  }

  private void insert(String table, String columns, int count, IntFunction<String> row) {
    int batch = 200;
    for (int from = 0; from < count; from += batch) {
      StringBuilder sql =
          new StringBuilder("INSERT INTO ")
              .append(table)
              .append(" (")
              .append(columns)
              .append(") VALUES ");
      for (int i = from; i < Math.min(count, from + batch); i++) {
        sql.append(i == from ? "" : ", ").append('(').append(row.apply(i)).append(')');
      }
      db.executeJdbc(sql.toString());
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
