package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.ALL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.dialect.Dialect;
import org.junit.jupiter.api.Test;

/** Queries inside data-change statements: INSERT … SELECT and subqueries in WHERE. */
class SelectInDmlTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final SelectTestTables.Orders orders = SelectTestTables.ORDERS;

  @Test
  void insertFromSelect() {
    Statement insert =
        Sql.insertInto(orders)
            .columns(orders.id, orders.userId, orders.total)
            .select(
                Sql.select(users.id, users.id, Sql.max(orders.total))
                    .from(users)
                    .join(orders, orders.userId.eq(users.id))
                    .groupBy(users.id));
    for (Dialect dialect : ALL) {
      CompiledStatement compiled = insert.compile(dialect);
      assertThat(compiled.sql())
          .as("on %s", dialect)
          .endsWith(
              "SELECT users.id, users.id, MAX(orders.total) FROM users JOIN orders"
                  + " ON orders.user_id = users.id GROUP BY users.id");
      assertThat(compiled.kind()).isEqualTo(StatementKind.INSERT);
    }
  }

  @Test
  void subqueriesInUpdateAndDeleteStayQualified() {
    Select payers = Sql.select(orders.userId).where(orders.status.eq("paid"));
    for (Dialect dialect : ALL) {
      CompiledStatement update =
          Sql.update(users).set(users.name, "vip").where(users.id.in(payers)).compile(dialect);
      assertThat(update.sql())
          .as("on %s", dialect)
          .endsWith("IN (SELECT orders.user_id FROM orders WHERE orders.status = ?)");
      assertThat(update.parameters().stream().map(Parameter::value).toList())
          .containsExactly("vip", "paid");
      CompiledStatement delete =
          Sql.deleteFrom(users)
              .where(Sql.notExists(payers.where(orders.userId.eq(users.id))))
              .compile(dialect);
      assertThat(delete.sql())
          .as("on %s", dialect)
          .contains(
              "NOT EXISTS (SELECT orders.user_id FROM orders WHERE orders.status = ?"
                  + " AND orders.user_id = users.id)");
    }
  }
}
