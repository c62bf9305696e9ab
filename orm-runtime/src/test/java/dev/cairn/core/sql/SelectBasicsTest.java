package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSql;
import static dev.cairn.core.sql.SelectSqlAssert.assertSqlEverywhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectBasicsTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final SelectTestTables.Orders orders = SelectTestTables.ORDERS;

  @Test
  void selectInfersFromClauseFromColumns() {
    assertSqlEverywhere(Sql.select(users.id, users.name), "SELECT users.id, users.name FROM users");
  }

  @Test
  void selectFromListsAllColumns() {
    Select select = Sql.selectFrom(users);
    assertSqlEverywhere(select, "SELECT users.id, users.name, users.email, users.age FROM users");
    assertThat(select.resultColumns())
        .containsExactly(users.id, users.name, users.email, users.age);
    assertThat(select.kind()).isEqualTo(StatementKind.SELECT);
  }

  @Test
  void explicitFromWinsAndCommaSeparates() {
    assertSqlEverywhere(
        Sql.select(users.name).from(users, orders), "SELECT users.name FROM users, orders");
  }

  @Test
  void whereCallsAndTogether() {
    assertSqlEverywhere(
        Sql.select(users.id).where(users.age.ge(18)).where(users.name.ne("root")),
        "SELECT users.id FROM users WHERE users.age >= ? AND users.name <> ?",
        18,
        "root");
  }

  @Test
  void andOrNotFacade() {
    Condition condition =
        Sql.or(Sql.and(users.age.gt(18), users.email.isNotNull()), Sql.not(users.name.eq("x")));
    assertSqlEverywhere(
        Sql.select(users.id).where(condition),
        "SELECT users.id FROM users WHERE (users.age > ? AND users.email IS NOT NULL)"
            + " OR NOT (users.name = ?)",
        18,
        "x");
    assertSqlEverywhere(
        Sql.select(users.id).where(Sql.and(List.of())).where(Sql.or(List.of())),
        "SELECT users.id FROM users WHERE 1 = 1 AND 1 = 0");
  }

  @Test
  void distinctGroupByHaving() {
    Select select =
        Sql.select(users.age, Sql.count().as("n"))
            .distinct()
            .groupBy(users.age)
            .having(Sql.count().gt(1L))
            .having(users.age.isNotNull());
    assertSqlEverywhere(
        select,
        "SELECT DISTINCT users.age, COUNT(*) AS n FROM users GROUP BY users.age"
            + " HAVING COUNT(*) > ? AND users.age IS NOT NULL",
        1L);
  }

  @Test
  void orderByDirectionsAndLabels() {
    Expression<Long> n = Sql.count().as("n");
    assertSqlEverywhere(
        Sql.select(users.age, n).groupBy(users.age).orderBy(n.desc()).orderBy(users.age),
        "SELECT users.age, COUNT(*) AS n FROM users GROUP BY users.age"
            + " ORDER BY n DESC, users.age ASC");
  }

  @Test
  void nullsFirstAndLastPerDialect() {
    Select select =
        Sql.select(users.id).orderBy(users.email.asc().nullsFirst(), users.age.desc().nullsLast());
    String standard =
        "SELECT users.id FROM users ORDER BY users.email ASC NULLS FIRST, users.age DESC NULLS LAST";
    assertSql(select, Dialects.H2, standard);
    assertSql(select, Dialects.POSTGRESQL, standard);
    assertSql(select, Dialects.SQLITE, standard);
    String emulated =
        "SELECT users.id FROM users ORDER BY users.email IS NULL DESC, users.email ASC,"
            + " users.age IS NULL, users.age DESC";
    assertSql(select, Dialects.MYSQL, emulated);
    assertSql(select, Dialects.MARIADB, emulated);
  }

  @Test
  void limitAndOffsetAreBound() {
    assertSqlEverywhere(
        Sql.select(users.id).orderBy(users.id).limit(10).offset(20),
        "SELECT users.id FROM users ORDER BY users.id ASC LIMIT ? OFFSET ?",
        10L,
        20L);
    assertSqlEverywhere(Sql.select(users.id).limit(5), "SELECT users.id FROM users LIMIT ?", 5L);
  }

  @Test
  void offsetWithoutLimitPerDialect() {
    Select select = Sql.select(users.id).orderBy(users.id).offset(3);
    String standard = "SELECT users.id FROM users ORDER BY users.id ASC OFFSET ?";
    assertSql(select, Dialects.H2, standard, 3L);
    assertSql(select, Dialects.POSTGRESQL, standard, 3L);
    assertSql(
        select,
        Dialects.SQLITE,
        "SELECT users.id FROM users ORDER BY users.id ASC LIMIT -1 OFFSET ?",
        3L);
    String mysql =
        "SELECT users.id FROM users ORDER BY users.id ASC LIMIT 18446744073709551615 OFFSET ?";
    assertSql(select, Dialects.MYSQL, mysql, 3L);
    assertSql(select, Dialects.MARIADB, mysql, 3L);
  }

  @Test
  void negativeLimitIsRejected() {
    Select select = Sql.select(users.id);
    assertThatThrownBy(() -> select.limit(-1)).hasMessageContaining("limit must be >= 0");
    assertThatThrownBy(() -> select.offset(-2)).hasMessageContaining("offset must be >= 0");
  }

  @Test
  void builderCallsReturnNewEqualSelects() {
    Select base = Sql.select(users.id, users.name);
    Select filtered = base.where(users.name.eq("a"));
    assertThat(base.compile(Dialects.H2).sql()).isEqualTo("SELECT users.id, users.name FROM users");
    assertThat(filtered).isNotSameAs(base).isNotEqualTo(base);
    Select again = Sql.select(users.id, users.name).where(users.name.eq("a"));
    assertThat(again).isEqualTo(filtered).hasSameHashCodeAs(filtered);
    assertThat(again.limit(1)).isNotEqualTo(filtered.limit(2));
  }

  @Test
  void selectWithoutFromAndWithValues() {
    assertSqlEverywhere(
        Sql.select(Sql.value(dev.cairn.core.sql.type.SqlTypes.INTEGER, 1).as("one")),
        "SELECT ? AS one",
        1);
  }

  @Test
  void emptySelectListFails() {
    assertThatThrownBy(() -> Sql.select(List.of()))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("at least one column");
  }

  @Test
  void namedParametersStayNamed() {
    CompiledStatement compiled =
        Sql.select(users.id)
            .where(users.name.eq(Sql.param("name", users.name.type())))
            .compile(Dialects.POSTGRESQL);
    assertThat(compiled.sql()).isEqualTo("SELECT users.id FROM users WHERE users.name = ?");
    assertThat(compiled.parameters())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("name"));
    assertThat(compiled.resultColumns()).containsExactly(users.id);
  }
}
