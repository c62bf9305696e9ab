package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.ALL;
import static dev.cairn.core.sql.SelectSqlAssert.assertSql;
import static dev.cairn.core.sql.SelectSqlAssert.assertSqlEverywhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExpressionFunctionTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final SelectTestTables.Orders orders = SelectTestTables.ORDERS;

  @Test
  void aggregatesAndTheirTypes() {
    FunctionExpression<BigDecimal> sum = Sql.sum(orders.total);
    FunctionExpression<Long> sumOfIds = Sql.sumAsLong(orders.userId);
    FunctionExpression<Double> avg = Sql.avg(orders.total);
    assertThat(Sql.count().type()).isEqualTo(SqlTypes.BIGINT);
    assertThat(sum.type()).isEqualTo(SqlTypes.numeric(10, 2));
    assertThat(sumOfIds.type()).isEqualTo(SqlTypes.BIGINT);
    assertThat(avg.type()).isEqualTo(SqlTypes.DOUBLE);
    assertThat(Sql.max(users.name).type()).isEqualTo(users.name.type());
    assertSqlEverywhere(
        Sql.select(
            Sql.count(),
            Sql.count(orders.status),
            Sql.countDistinct(orders.userId),
            sum,
            sumOfIds,
            avg,
            Sql.min(orders.total),
            Sql.max(orders.total)),
        "SELECT COUNT(*), COUNT(orders.status), COUNT(DISTINCT orders.user_id),"
            + " SUM(orders.total), SUM(orders.user_id), AVG(orders.total), MIN(orders.total),"
            + " MAX(orders.total) FROM orders");
  }

  @Test
  void stringFunctionsAndCoalesce() {
    Select select =
        Sql.select(
            Sql.lower(users.name),
            Sql.upper(users.name),
            Sql.coalesce(users.email, "none"),
            Sql.coalesce(users.email, users.name),
            Sql.length(users.name));
    String start =
        "SELECT LOWER(users.name), UPPER(users.name), COALESCE(users.email, ?),"
            + " COALESCE(users.email, users.name), ";
    for (Dialect dialect : new Dialect[] {Dialects.H2, Dialects.POSTGRESQL, Dialects.SQLITE}) {
      assertSql(select, dialect, start + "LENGTH(users.name) FROM users", "none");
    }
    assertSql(select, Dialects.MYSQL, start + "CHAR_LENGTH(users.name) FROM users", "none");
    assertSql(select, Dialects.MARIADB, start + "CHAR_LENGTH(users.name) FROM users", "none");
  }

  @Test
  void currentTimestampPerDialect() {
    Select select = Sql.select(Sql.currentTimestamp().as("now"));
    for (Dialect dialect :
        new Dialect[] {Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB}) {
      assertSql(select, dialect, "SELECT LOCALTIMESTAMP AS now");
    }
    assertSql(
        select, Dialects.SQLITE, "SELECT strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime') AS now");
  }

  @Test
  void anyFunctionByCheckedName() {
    assertSqlEverywhere(
        Sql.select(
            Sql.function("abs", SqlTypes.INTEGER, users.age), Sql.function("pi", SqlTypes.DOUBLE)),
        "SELECT abs(users.age), pi() FROM users");
    assertThatThrownBy(() -> Sql.function("abs(1); drop table x; --", SqlTypes.INTEGER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a plain identifier");
  }

  @Test
  void caseWhenWithValuesAndExpressions() {
    Expression<String> band =
        Sql.caseWhen(users.age.lt(18), "minor").when(users.age.lt(65), "adult").otherwise("senior");
    assertSqlEverywhere(
        Sql.select(users.name, band.as("band")),
        "SELECT users.name, CASE WHEN users.age < ? THEN ? WHEN users.age < ? THEN ?"
            + " ELSE ? END AS band FROM users",
        18,
        "minor",
        65,
        "adult",
        "senior");
    assertThat(band.type()).isEqualTo(SqlTypes.TEXT);
    assertSqlEverywhere(
        Sql.select(
            Sql.caseWhen(users.email.isNull(), users.name).when(users.age.gt(1), users.email)),
        "SELECT CASE WHEN users.email IS NULL THEN users.name WHEN users.age > ?"
            + " THEN users.email END FROM users",
        1);
    assertThatThrownBy(() -> Sql.caseWhen(users.age.lt(1), new Object()))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("pass Sql.value(type, value) instead");
  }

  @Test
  void castUsesTheDialectsTargetNames() {
    for (Dialect dialect : ALL) {
      assertSql(
          Sql.select(
              Sql.cast(users.age, SqlTypes.varchar(10)), Sql.cast(users.name, SqlTypes.BIGINT)),
          dialect,
          "SELECT CAST(users.age AS "
              + dialect.types().castTypeName(SqlTypes.varchar(10))
              + "), CAST(users.name AS "
              + dialect.types().castTypeName(SqlTypes.BIGINT)
              + ") FROM users");
    }
    assertThat(Sql.cast(users.age, SqlTypes.TEXT).type()).isEqualTo(SqlTypes.TEXT);
  }

  @Test
  void windowFunctions() {
    Window byUser = Sql.window().partitionBy(orders.userId).orderBy(orders.total.desc());
    assertSqlEverywhere(
        Sql.select(
            Sql.rowNumber().over(byUser).as("rn"),
            Sql.rank().over(byUser),
            Sql.denseRank().over(Sql.window().orderBy(orders.total)),
            Sql.count().over()),
        "SELECT ROW_NUMBER() OVER (PARTITION BY orders.user_id ORDER BY orders.total DESC)"
            + " AS rn, RANK() OVER (PARTITION BY orders.user_id ORDER BY orders.total DESC),"
            + " DENSE_RANK() OVER (ORDER BY orders.total ASC), COUNT(*) OVER () FROM orders");
  }

  @Test
  void windowFrames() {
    Window running =
        Sql.window()
            .partitionBy(orders.userId)
            .orderBy(orders.id)
            .rowsBetween(FrameBound.unboundedPreceding(), FrameBound.currentRow());
    Window moving =
        Sql.window()
            .orderBy(orders.id)
            .rowsBetween(FrameBound.preceding(2), FrameBound.following(1));
    Window rest =
        Sql.window()
            .orderBy(orders.id)
            .rangeBetween(FrameBound.currentRow(), FrameBound.unboundedFollowing());
    assertSqlEverywhere(
        Sql.select(
            Sql.sum(orders.total).over(running),
            Sql.avg(orders.total).over(moving),
            Sql.max(orders.total).over(rest)),
        "SELECT SUM(orders.total) OVER (PARTITION BY orders.user_id ORDER BY orders.id ASC"
            + " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), AVG(orders.total) OVER"
            + " (ORDER BY orders.id ASC ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING),"
            + " MAX(orders.total) OVER (ORDER BY orders.id ASC RANGE BETWEEN CURRENT ROW"
            + " AND UNBOUNDED FOLLOWING) FROM orders");
    assertThatThrownBy(() -> FrameBound.preceding(-1))
        .hasMessageContaining("Window frame offset must be >= 0");
  }

  @Test
  void windowOrderingEmulatesNullsOnMysql() {
    Select select =
        Sql.select(Sql.rowNumber().over(Sql.window().orderBy(users.email.asc().nullsLast())));
    assertSql(
        select,
        Dialects.POSTGRESQL,
        "SELECT ROW_NUMBER() OVER (ORDER BY users.email ASC NULLS LAST) FROM users");
    assertSql(
        select,
        Dialects.MARIADB,
        "SELECT ROW_NUMBER() OVER (ORDER BY users.email IS NULL, users.email ASC) FROM users");
  }
}
