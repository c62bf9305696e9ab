package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSql;
import static dev.cairn.core.sql.SelectSqlAssert.assertSqlEverywhere;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExpressionOperatorsTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final SelectTestTables.Orders orders = SelectTestTables.ORDERS;

  @Test
  void arithmeticWithValuesAndExpressions() {
    assertSqlEverywhere(
        Sql.select(orders.total.times(new BigDecimal("1.2")).plus(orders.total).as("gross")),
        "SELECT orders.total * ? + orders.total AS gross FROM orders",
        new BigDecimal("1.2"));
    assertSqlEverywhere(
        Sql.select(users.age.plus(1).times(2), users.age.minus(users.age.div(2))),
        "SELECT (users.age + ?) * ?, users.age - (users.age / ?) FROM users",
        1,
        2,
        2);
    assertSqlEverywhere(
        Sql.select(users.age.minus(1).minus(2), users.age.div(users.age.times(3))),
        "SELECT users.age - ? - ?, users.age / (users.age * ?) FROM users",
        1,
        2,
        3);
  }

  @Test
  void negationNeverWritesAComment() {
    assertSqlEverywhere(
        Sql.select(Sql.neg(users.age), Sql.neg(Sql.neg(users.age)), Sql.neg(users.age.plus(1))),
        "SELECT -users.age, -(-users.age), -(users.age + ?) FROM users",
        1);
  }

  @Test
  void concatenationPerDialect() {
    Select select =
        Sql.select(users.name.concat(" <").concat(users.email).concat(">"))
            .where(Sql.concat(users.name, users.email).eq("ab"));
    String standard =
        "SELECT users.name || ? || users.email || ? FROM users"
            + " WHERE users.name || users.email = ?";
    for (Dialect dialect : new Dialect[] {Dialects.H2, Dialects.POSTGRESQL, Dialects.SQLITE}) {
      assertSql(select, dialect, standard, " <", ">", "ab");
    }
    String mysql =
        "SELECT CONCAT(users.name, ?, users.email, ?) FROM users"
            + " WHERE CONCAT(users.name, users.email) = ?";
    assertSql(select, Dialects.MYSQL, mysql, " <", ">", "ab");
    assertSql(select, Dialects.MARIADB, mysql, " <", ">", "ab");
  }

  @Test
  void likeAndNotLikeWithEscape() {
    assertSqlEverywhere(
        Sql.select(users.id)
            .where(users.name.like("J%"))
            .where(users.email.notLike("%@example.com"))
            .where(users.name.like("50#%%", '#'))
            .where(users.name.notLike("#_x", '#')),
        "SELECT users.id FROM users WHERE users.name LIKE ? AND users.email NOT LIKE ?"
            + " AND users.name LIKE ? ESCAPE ? AND users.name NOT LIKE ? ESCAPE ?",
        "J%",
        "%@example.com",
        "50#%%",
        "#",
        "#_x",
        "#");
  }

  @Test
  void startsEndsContainsEscapeWildcards() {
    assertSqlEverywhere(
        Sql.select(users.id)
            .where(users.name.startsWith("50%_"))
            .where(users.name.endsWith("!x"))
            .where(users.name.contains("a_b")),
        "SELECT users.id FROM users WHERE users.name LIKE ? ESCAPE ? AND users.name LIKE ?"
            + " ESCAPE ? AND users.name LIKE ? ESCAPE ?",
        "50!%!_%",
        "!",
        "%!!x",
        "!",
        "%a!_b%",
        "!");
  }

  @Test
  void ilikePerDialect() {
    Select select =
        Sql.select(users.id).where(users.name.ilike("jo%")).where(users.email.notIlike("%X"));
    String nativeIlike =
        "SELECT users.id FROM users WHERE users.name ILIKE ? AND users.email NOT ILIKE ?";
    assertSql(select, Dialects.POSTGRESQL, nativeIlike, "jo%", "%X");
    assertSql(select, Dialects.H2, nativeIlike, "jo%", "%X");
    String lowered =
        "SELECT users.id FROM users WHERE LOWER(users.name) LIKE LOWER(?)"
            + " AND LOWER(users.email) NOT LIKE LOWER(?)";
    for (Dialect dialect : new Dialect[] {Dialects.MYSQL, Dialects.MARIADB, Dialects.SQLITE}) {
      assertSql(select, dialect, lowered, "jo%", "%X");
    }
  }

  @Test
  void betweenInAndNullChecksStillWork() {
    assertSqlEverywhere(
        Sql.select(users.id)
            .where(users.age.between(1, 9))
            .where(users.name.in("a", "b"))
            .where(users.email.isNull()),
        "SELECT users.id FROM users WHERE users.age BETWEEN ? AND ? AND users.name IN (?, ?)"
            + " AND users.email IS NULL",
        1,
        9,
        "a",
        "b");
  }
}
