package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSql;
import static dev.cairn.core.sql.SelectSqlAssert.assertSqlEverywhere;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SelectJoinTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final SelectTestTables.Orders orders = SelectTestTables.ORDERS;
  private final SelectTestTables.Categories categories = SelectTestTables.CATEGORIES;

  @Test
  void innerJoinWithOnCondition() {
    assertSqlEverywhere(
        Sql.select(users.name, orders.total)
            .from(users)
            .join(orders, orders.userId.eq(users.id))
            .where(orders.total.gt(new BigDecimal("10.00"))),
        "SELECT users.name, orders.total FROM users JOIN orders ON orders.user_id = users.id"
            + " WHERE orders.total > ?",
        new BigDecimal("10.00"));
  }

  @Test
  void joinWithoutFromStartsFromTheSelectList() {
    assertSqlEverywhere(
        Sql.select(users.name, orders.total).leftJoin(orders, orders.userId.eq(users.id)),
        "SELECT users.name, orders.total FROM users LEFT OUTER JOIN orders"
            + " ON orders.user_id = users.id");
  }

  @Test
  void joinsChainToTheLeft() {
    assertSqlEverywhere(
        Sql.select(users.name)
            .from(users)
            .leftJoin(orders, orders.userId.eq(users.id))
            .crossJoin(categories),
        "SELECT users.name FROM users LEFT OUTER JOIN orders ON orders.user_id = users.id"
            + " CROSS JOIN categories");
  }

  @Test
  void rightJoinEverywhere() {
    assertSqlEverywhere(
        Sql.select(users.name).from(users).rightJoin(orders, orders.userId.eq(users.id)),
        "SELECT users.name FROM users RIGHT OUTER JOIN orders ON orders.user_id = users.id");
  }

  @Test
  void fullJoinWhereSupported() {
    Select select = Sql.select(users.name).from(users).fullJoin(orders, orders.userId.eq(users.id));
    String sql = "SELECT users.name FROM users FULL OUTER JOIN orders ON orders.user_id = users.id";
    assertSql(select, Dialects.POSTGRESQL, sql);
    assertSql(select, Dialects.SQLITE, sql);
    for (Dialect dialect : new Dialect[] {Dialects.MYSQL, Dialects.MARIADB, Dialects.H2}) {
      assertThatThrownBy(() -> select.compile(dialect))
          .isInstanceOf(CairnException.class)
          .hasMessage(
              "FULL OUTER JOIN is not supported by "
                  + dialect.name()
                  + "; rewrite as a UNION of a LEFT and a RIGHT OUTER JOIN");
    }
  }

  @Test
  void joinWithoutForeignKeyNamesBothSides() {
    assertThatThrownBy(() -> Sql.select(users.name).from(users).join(categories))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Cannot infer the ON condition for the JOIN of categories to users:"
                + " no foreign key links them; give the ON condition explicitly");
  }

  @Test
  void joinWithNothingToJoinToFails() {
    assertThatThrownBy(() -> Sql.select(orders.total).join(orders, orders.id.eq(1L)))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("Nothing to join orders to; call from(…) before JOIN");
  }
}
