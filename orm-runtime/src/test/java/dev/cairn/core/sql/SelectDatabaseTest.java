package dev.cairn.core.sql;

import static dev.cairn.core.sql.EngineRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.engine.Connection;
import dev.cairn.core.schema.TableAlias;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.math.BigDecimal;
import java.util.List;

/** Runs representative queries on every database and checks the rows. */
class SelectDatabaseTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final SelectTestTables.Orders orders = SelectTestTables.ORDERS;
  private final SelectTestTables.Categories categories = SelectTestTables.CATEGORIES;

  @DatabaseTest
  void joinsGroupByHavingAndOrder(TestDb db) {
    SelectTestTables.createSchema(db);
    Select perUser =
        Sql.select(users.name, Sql.count().as("n"), Sql.sum(orders.total).as("spent"))
            .from(users)
            .join(orders, orders.userId.eq(users.id))
            .groupBy(users.name)
            .having(Sql.count().ge(1L))
            .orderBy(users.name);
    assertThat(rows(db, perUser))
        .containsExactly(
            List.of("Ann", "2", "30.5"), List.of("Bob", "1", "5.25"), List.of("Cid", "1", "100"));
    Select withoutOrders =
        Sql.select(users.name)
            .leftJoin(orders, orders.userId.eq(users.id))
            .where(orders.id.isNull());
    assertThat(rows(db, withoutOrders)).containsExactly(List.of("Dan"));
    Select right =
        Sql.select(orders.id, users.name)
            .from(users)
            .rightJoin(orders, orders.userId.eq(users.id).and(users.age.gt(18)))
            .orderBy(orders.id);
    assertThat(rows(db, right))
        .containsExactly(
            List.of("1", "Ann"), List.of("2", "Ann"), List.of("3", "null"), List.of("4", "Cid"));
    Select inferred = Sql.select(users.name, orders.id).join(orders).orderBy(orders.id).limit(2);
    assertThat(rows(db, inferred)).containsExactly(List.of("Ann", "1"), List.of("Ann", "2"));
    TableAlias parent = categories.as("parent");
    Select selfJoin =
        Sql.select(categories.name, parent.column(categories.name))
            .from(categories)
            .leftJoin(parent, categories.parentId.eq(parent.column(categories.id)))
            .orderBy(categories.id);
    assertThat(rows(db, selfJoin))
        .containsExactly(
            List.of("root", "null"), List.of("a", "root"), List.of("b", "a"), List.of("c", "root"));
    Select cross = Sql.select(Sql.count()).from(users).crossJoin(categories);
    assertThat(rows(db, cross)).containsExactly(List.of("16"));
  }

  @DatabaseTest({TestDatabase.POSTGRESQL, TestDatabase.SQLITE})
  void fullJoin(TestDb db) {
    SelectTestTables.createSchema(db);
    Select full =
        Sql.select(users.name, orders.id)
            .from(users)
            .fullJoin(orders, orders.userId.eq(users.id).and(orders.status.eq("paid")))
            .orderBy(orders.id.asc().nullsFirst(), users.name.asc());
    assertThat(rows(db, full))
        .containsExactly(
            List.of("Bob", "null"),
            List.of("Dan", "null"),
            List.of("null", "1"),
            List.of("Ann", "2"),
            List.of("null", "3"),
            List.of("Cid", "4"));
  }

  @DatabaseTest
  void subqueries(TestDb db) {
    SelectTestTables.createSchema(db);
    DerivedTable totals =
        Sql.select(orders.userId, Sql.sum(orders.total).as("spent"))
            .groupBy(orders.userId)
            .as("totals");
    Expression<BigDecimal> spent = totals.column("spent", SqlTypes.numeric(10, 2));
    Select big =
        Sql.select(users.name, spent)
            .from(users)
            .join(totals, totals.column(orders.userId).eq(users.id))
            .where(spent.gt(new BigDecimal("10")))
            .orderBy(spent.desc());
    assertThat(rows(db, big)).containsExactly(List.of("Cid", "100"), List.of("Ann", "30.5"));

    Expression<Long> orderCount =
        Sql.select(Sql.count()).from(orders).where(orders.userId.eq(users.id)).asScalar();
    Select counted = Sql.select(users.name, orderCount.as("c")).orderBy(users.id);
    assertThat(rows(db, counted))
        .containsExactly(
            List.of("Ann", "2"), List.of("Bob", "1"), List.of("Cid", "1"), List.of("Dan", "0"));

    Select open =
        Sql.select(orders.id).where(orders.userId.eq(users.id)).where(orders.status.eq("open"));
    assertThat(rows(db, Sql.select(users.name).where(Sql.exists(open)).orderBy(users.id)))
        .containsExactly(List.of("Ann"), List.of("Bob"));
    assertThat(rows(db, Sql.select(users.name).where(Sql.notExists(open)).orderBy(users.id)))
        .containsExactly(List.of("Cid"), List.of("Dan"));
    Select payers = Sql.select(orders.userId).where(orders.status.eq("paid"));
    assertThat(rows(db, Sql.select(users.name).where(users.id.in(payers)).orderBy(users.id)))
        .containsExactly(List.of("Ann"), List.of("Cid"));
    assertThat(rows(db, Sql.select(users.name).where(users.id.notIn(payers)).orderBy(users.id)))
        .containsExactly(List.of("Bob"), List.of("Dan"));
  }

  @DatabaseTest
  void commonTableExpressions(TestDb db) {
    SelectTestTables.createSchema(db);
    CommonTableExpression adults =
        Sql.select(users.id, users.name).where(users.age.ge(18)).asCte("adults");
    assertThat(rows(db, Sql.with(adults).selectFrom(adults).orderBy(adults.column(users.id))))
        .containsExactly(List.of("1", "Ann"), List.of("3", "Cid"));

    CommonTableExpression anchor =
        Sql.select(categories.id, categories.name, Sql.value(SqlTypes.INTEGER, 0).as("depth"))
            .where(categories.parentId.isNull())
            .asCte("tree");
    Expression<Integer> depth = anchor.column("depth", SqlTypes.INTEGER);
    CommonTableExpression tree =
        anchor.unionAll(
            Sql.select(categories.id, categories.name, depth.plus(1))
                .from(categories)
                .join(anchor, categories.parentId.eq(anchor.column(categories.id))));
    Expression<String> name = tree.column(categories.name);
    Expression<Integer> treeDepth = tree.column("depth", SqlTypes.INTEGER);
    Select walk = Sql.withRecursive(tree).select(name, treeDepth).orderBy(treeDepth, name);
    assertThat(rows(db, walk))
        .containsExactly(
            List.of("root", "0"), List.of("a", "1"), List.of("c", "1"), List.of("b", "2"));
  }

  @DatabaseTest
  void setOperations(TestDb db) {
    SelectTestTables.createSchema(db);
    Select young = Sql.select(users.name).where(users.age.lt(40));
    Select named = Sql.select(users.name).where(users.name.in("Ann", "Dan"));
    assertThat(rows(db, young.union(named).orderBy(users.name.desc())))
        .containsExactly(List.of("Dan"), List.of("Bob"), List.of("Ann"));
    assertThat(rows(db, young.unionAll(named).orderBy(users.name).limit(3)))
        .containsExactly(List.of("Ann"), List.of("Ann"), List.of("Bob"));
    assertThat(rows(db, young.intersect(named))).containsExactly(List.of("Ann"));
    assertThat(rows(db, young.except(named))).containsExactly(List.of("Bob"));
    Select firstTopic = Sql.select(categories.name).orderBy(categories.name.desc()).limit(1);
    assertThat(rows(db, young.union(named).except(firstTopic.union(named)).orderBy(users.name)))
        .containsExactly(List.of("Bob"));
  }

  @DatabaseTest
  void windowsCaseAndFunctions(TestDb db) {
    SelectTestTables.createSchema(db);
    Window byUser = Sql.window().partitionBy(orders.userId).orderBy(orders.total.desc());
    Window running =
        Sql.window()
            .orderBy(orders.id)
            .rowsBetween(FrameBound.unboundedPreceding(), FrameBound.currentRow());
    Select windowed =
        Sql.select(
                orders.id,
                Sql.rowNumber().over(byUser),
                Sql.rank().over(Sql.window().orderBy(orders.status)),
                Sql.sum(orders.total).over(running))
            .orderBy(orders.id);
    assertThat(rows(db, windowed))
        .containsExactly(
            List.of("1", "2", "1", "10.5"),
            List.of("2", "1", "3", "30.5"),
            List.of("3", "1", "1", "35.75"),
            List.of("4", "1", "3", "135.75"));

    Expression<String> band =
        Sql.caseWhen(users.age.lt(18), "minor").when(users.age.lt(65), "adult").otherwise("senior");
    Select functions =
        Sql.select(
                band,
                Sql.upper(users.name).concat("!"),
                Sql.length(users.email),
                Sql.coalesce(users.email, "-"),
                users.age.times(2).plus(1))
            .orderBy(users.id);
    assertThat(rows(db, functions))
        .containsExactly(
            List.of("adult", "ANN!", "9", "ann@x.org", "61"),
            List.of("minor", "BOB!", "null", "-", "35"),
            List.of("senior", "CID!", "13", "50%_off@x.org", "141"),
            List.of("senior", "DAN!", "null", "-", "null"));
    Select stats =
        Sql.select(
            Sql.countDistinct(orders.status),
            Sql.min(orders.total),
            Sql.max(orders.total),
            Sql.avg(orders.userId),
            Sql.count(orders.status),
            Sql.neg(Sql.sumAsLong(orders.userId)));
    assertThat(rows(db, stats)).containsExactly(List.of("2", "5.25", "100", "1.75", "4", "-7"));
    assertThat(
            rows(db, Sql.select(Sql.count()).from(users).where(Sql.currentTimestamp().isNotNull())))
        .containsExactly(List.of("4"));
  }

  @DatabaseTest
  void textMatching(TestDb db) {
    SelectTestTables.createSchema(db);
    assertThat(rows(db, Sql.select(users.name).where(users.email.contains("50%_"))))
        .containsExactly(List.of("Cid"));
    assertThat(rows(db, Sql.select(users.name).where(users.email.contains("0%o")))).isEmpty();
    assertThat(rows(db, Sql.select(users.name).where(users.email.like("5%"))))
        .containsExactly(List.of("Cid"));
    assertThat(rows(db, Sql.select(users.name).where(users.email.like("50#%#_%", '#'))))
        .containsExactly(List.of("Cid"));
    assertThat(
            rows(
                db,
                Sql.select(users.name)
                    .where(users.name.startsWith("A"))
                    .where(users.email.endsWith(".org"))))
        .containsExactly(List.of("Ann"));
    assertThat(rows(db, Sql.select(users.name).where(users.name.ilike("b%"))))
        .containsExactly(List.of("Bob"));
    assertThat(
            rows(
                db,
                Sql.select(users.name)
                    .where(users.name.notIlike("%N%"))
                    .where(users.name.notLike("C%"))))
        .containsExactly(List.of("Bob"));
  }

  @DatabaseTest
  void limitOffsetAndNullsOrdering(TestDb db) {
    SelectTestTables.createSchema(db);
    assertThat(rows(db, Sql.select(users.id).orderBy(users.id).limit(2).offset(1)))
        .containsExactly(List.of("2"), List.of("3"));
    assertThat(rows(db, Sql.select(users.id).orderBy(users.id).offset(2)))
        .containsExactly(List.of("3"), List.of("4"));
    assertThat(rows(db, Sql.select(users.id).orderBy(users.age.asc().nullsFirst())))
        .containsExactly(List.of("4"), List.of("2"), List.of("1"), List.of("3"));
    assertThat(rows(db, Sql.select(users.id).orderBy(users.age.desc().nullsLast())))
        .containsExactly(List.of("3"), List.of("1"), List.of("2"), List.of("4"));
    assertThat(
            rows(
                db, Sql.select(users.id).orderBy(users.email.desc().nullsFirst(), users.id.desc())))
        .containsExactly(List.of("4"), List.of("2"), List.of("1"), List.of("3"));
  }

  @DatabaseTest
  void forUpdateInATransaction(TestDb db) {
    SelectTestTables.createSchema(db);
    Select locking = Sql.select(users.name).where(users.id.eq(1L)).forUpdate();
    try (Connection connection = db.engine().connect()) {
      assertThat(rows(connection, locking)).containsExactly(List.of("Ann"));
      assertThat(connection.inTransaction()).isTrue();
      if (db.database() != TestDatabase.SQLITE) {
        assertThat(rows(connection, locking.skipLocked())).containsExactly(List.of("Ann"));
      }
      if (db.database() != TestDatabase.H2) {
        assertThat(rows(connection, locking.forShare())).containsExactly(List.of("Ann"));
      }
      connection.commit();
    }
  }
}
