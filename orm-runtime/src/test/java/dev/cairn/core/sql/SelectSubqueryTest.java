package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSqlEverywhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SelectSubqueryTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final SelectTestTables.Orders orders = SelectTestTables.ORDERS;

  @Test
  void derivedTableWithTypedColumns() {
    Expression<BigDecimal> spent = Sql.sum(orders.total).as("spent");
    DerivedTable totals = Sql.select(orders.userId, spent).groupBy(orders.userId).as("totals");
    Expression<Long> userId = totals.column(orders.userId);
    Expression<BigDecimal> totalSpent = totals.column("spent", SqlTypes.numeric(10, 2));
    assertThat(totalSpent.type()).isEqualTo(SqlTypes.numeric(10, 2));
    assertSqlEverywhere(
        Sql.select(users.name, totalSpent)
            .from(users)
            .join(totals, userId.eq(users.id))
            .where(totalSpent.gt(new BigDecimal("100"))),
        "SELECT users.name, totals.spent FROM users JOIN (SELECT orders.user_id,"
            + " SUM(orders.total) AS spent FROM orders GROUP BY orders.user_id) AS totals"
            + " ON totals.user_id = users.id WHERE totals.spent > ?",
        new BigDecimal("100"));
  }

  @Test
  void selectFromDerivedTableListsItsColumns() {
    DerivedTable adults = Sql.select(users.id, users.name).where(users.age.ge(18)).as("adults");
    assertSqlEverywhere(
        Sql.selectFrom(adults).limit(3),
        "SELECT adults.id, adults.name FROM (SELECT users.id, users.name FROM users"
            + " WHERE users.age >= ?) AS adults LIMIT ?",
        18,
        3L);
    assertSqlEverywhere(
        Sql.select(adults.column(users.name)),
        "SELECT adults.name FROM (SELECT users.id, users.name FROM users"
            + " WHERE users.age >= ?) AS adults",
        18);
  }

  @Test
  void derivedTableColumnErrors() {
    DerivedTable sub = Sql.select(users.id, Sql.count()).groupBy(users.id).as("s");
    assertThatThrownBy(() -> sub.column(users.name))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("users.name is not a result column of s");
    assertThatThrownBy(() -> sub.column("id", SqlTypes.BIGINT))
        .isInstanceOf(CairnException.class)
        .hasMessage("Column 2 of s has no name; label it with .as(\"name\")");
    DerivedTable named = Sql.select(users.id).as("n");
    assertThatThrownBy(() -> named.column("nope", SqlTypes.BIGINT))
        .hasMessage("n has no column 'nope'; its columns are [id]");
  }

  @Test
  void correlatedScalarSubquery() {
    Expression<Long> orderCount =
        Sql.select(Sql.count()).from(orders).where(orders.userId.eq(users.id)).asScalar();
    assertThat(orderCount.type()).isEqualTo(SqlTypes.BIGINT);
    assertSqlEverywhere(
        Sql.select(users.name, orderCount.as("order_count")).where(orderCount.gt(2L)),
        "SELECT users.name, (SELECT COUNT(*) FROM orders WHERE orders.user_id = users.id)"
            + " AS order_count FROM users WHERE (SELECT COUNT(*) FROM orders"
            + " WHERE orders.user_id = users.id) > ?",
        2L);
  }

  @Test
  void scalarSubqueryChecksColumns() {
    assertThatThrownBy(() -> Sql.select(users.id, users.name).asScalar())
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("asScalar() needs a subquery selecting exactly one column");
    assertThatThrownBy(() -> Sql.select(users.id).asScalar(SqlTypes.TEXT))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("selects a BIGINT column but was asked for TEXT");
  }

  @Test
  void existsAndNotExists() {
    Select ordersOfUser = Sql.select(orders.id).where(orders.userId.eq(users.id));
    assertSqlEverywhere(
        Sql.select(users.name)
            .where(Sql.exists(ordersOfUser.where(orders.status.eq("open"))))
            .where(Sql.notExists(ordersOfUser.where(orders.status.eq("late")))),
        "SELECT users.name FROM users WHERE EXISTS (SELECT orders.id FROM orders"
            + " WHERE orders.user_id = users.id AND orders.status = ?) AND NOT EXISTS"
            + " (SELECT orders.id FROM orders WHERE orders.user_id = users.id"
            + " AND orders.status = ?)",
        "open",
        "late");
  }

  @Test
  void inAndNotInSubquery() {
    Select big = Sql.select(orders.userId).where(orders.total.ge(new BigDecimal("50")));
    assertSqlEverywhere(
        Sql.select(users.name).where(users.id.in(big)).where(users.id.notIn(big.limit(5))),
        "SELECT users.name FROM users WHERE users.id IN (SELECT orders.user_id FROM orders"
            + " WHERE orders.total >= ?) AND users.id NOT IN (SELECT orders.user_id FROM orders"
            + " WHERE orders.total >= ? LIMIT ?)",
        new BigDecimal("50"),
        new BigDecimal("50"),
        5L);
    assertThatThrownBy(() -> users.id.in(Sql.select(orders.userId, orders.id)))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("IN (subquery) needs a subquery selecting exactly one column");
  }
}
