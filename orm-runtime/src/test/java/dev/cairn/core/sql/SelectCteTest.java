package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSqlEverywhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SelectCteTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final SelectTestTables.Orders orders = SelectTestTables.ORDERS;
  private final SelectTestTables.Categories categories = SelectTestTables.CATEGORIES;

  @Test
  void withClauseAndTypedColumns() {
    CommonTableExpression totals =
        Sql.select(orders.userId, Sql.sum(orders.total).as("spent"))
            .groupBy(orders.userId)
            .asCte("totals");
    Expression<BigDecimal> spent = totals.column("spent", SqlTypes.numeric(10, 2));
    assertSqlEverywhere(
        Sql.with(totals)
            .select(users.name, spent)
            .from(users)
            .join(totals, totals.column(orders.userId).eq(users.id))
            .orderBy(spent.desc()),
        "WITH totals(user_id, spent) AS (SELECT orders.user_id, SUM(orders.total) AS spent"
            + " FROM orders GROUP BY orders.user_id) SELECT users.name, totals.spent FROM users"
            + " JOIN totals ON totals.user_id = users.id ORDER BY totals.spent DESC");
  }

  @Test
  void severalCtesAndSelectFrom() {
    CommonTableExpression adults = Sql.select(users.id).where(users.age.ge(18)).asCte("adults");
    CommonTableExpression open =
        Sql.select(orders.userId).where(orders.status.eq("open")).asCte("open_orders");
    assertSqlEverywhere(
        Sql.with(adults, open)
            .selectFrom(adults)
            .where(adults.column(users.id).in(Sql.selectFrom(open))),
        "WITH adults(id) AS (SELECT users.id FROM users WHERE users.age >= ?),"
            + " open_orders(user_id) AS (SELECT orders.user_id FROM orders WHERE orders.status = ?)"
            + " SELECT adults.id FROM adults WHERE adults.id IN (SELECT open_orders.user_id"
            + " FROM open_orders)",
        18,
        "open");
  }

  @Test
  void recursiveCte() {
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
    Select select =
        Sql.withRecursive(tree)
            .select(tree.column(categories.name), tree.column("depth", SqlTypes.INTEGER))
            .orderBy(tree.column("depth", SqlTypes.INTEGER));
    assertSqlEverywhere(
        select,
        "WITH RECURSIVE tree(id, name, depth) AS (SELECT categories.id, categories.name, ?"
            + " AS depth FROM categories WHERE categories.parent_id IS NULL UNION ALL"
            + " SELECT categories.id, categories.name, tree.depth + ? FROM categories"
            + " JOIN tree ON categories.parent_id = tree.id) SELECT tree.name, tree.depth"
            + " FROM tree ORDER BY tree.depth ASC",
        0,
        1);
    assertThat(select.resultColumns()).hasSize(2);
  }

  @Test
  void cteColumnsNeedNames() {
    CommonTableExpression unnamed = Sql.select(Sql.count()).from(users).asCte("c");
    assertThatThrownBy(() -> Sql.with(unnamed).selectFrom(unnamed))
        .isInstanceOf(CairnException.class)
        .hasMessage("Column 1 of c has no name; label it with .as(\"name\")");
  }

  @Test
  void withClauseLeadsACompoundQuery() {
    CommonTableExpression adults = Sql.select(users.id).where(users.age.ge(18)).asCte("adults");
    Expression<Long> adultId = adults.column(users.id);
    assertSqlEverywhere(
        Sql.with(adults).select(adultId).union(Sql.select(orders.userId)).orderBy(adultId),
        "WITH adults(id) AS (SELECT users.id FROM users WHERE users.age >= ?)"
            + " SELECT adults.id FROM adults UNION SELECT orders.user_id FROM orders"
            + " ORDER BY id ASC",
        18);
  }
}
