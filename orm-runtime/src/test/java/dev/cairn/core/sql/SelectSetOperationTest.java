package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSql;
import static dev.cairn.core.sql.SelectSqlAssert.assertSqlEverywhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import org.junit.jupiter.api.Test;

class SelectSetOperationTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final SelectTestTables.Categories categories = SelectTestTables.CATEGORIES;

  private final Select young = Sql.select(users.name).where(users.age.lt(20));
  private final Select old = Sql.select(users.name).where(users.age.gt(60));
  private final Select topics = Sql.select(categories.name);

  @Test
  void eachOperator() {
    assertSqlEverywhere(
        young.union(old),
        "SELECT users.name FROM users WHERE users.age < ? UNION"
            + " SELECT users.name FROM users WHERE users.age > ?",
        20,
        60);
    assertSqlEverywhere(
        young.unionAll(topics),
        "SELECT users.name FROM users WHERE users.age < ? UNION ALL"
            + " SELECT categories.name FROM categories",
        20);
    assertSqlEverywhere(
        topics.intersect(young),
        "SELECT categories.name FROM categories INTERSECT"
            + " SELECT users.name FROM users WHERE users.age < ?",
        20);
    assertSqlEverywhere(
        topics.except(young),
        "SELECT categories.name FROM categories EXCEPT"
            + " SELECT users.name FROM users WHERE users.age < ?",
        20);
  }

  @Test
  void sameOperatorFlattensAndCompoundOrdersByUnqualifiedNames() {
    CompoundSelect all = young.union(old).union(topics).orderBy(users.name.desc()).limit(5);
    assertSqlEverywhere(
        all,
        "SELECT users.name FROM users WHERE users.age < ? UNION SELECT users.name FROM users"
            + " WHERE users.age > ? UNION SELECT categories.name FROM categories"
            + " ORDER BY name DESC LIMIT ?",
        20,
        60,
        5L);
    assertThat(all.resultColumns()).containsExactly(users.name);
    assertThat(all.kind()).isEqualTo(StatementKind.SELECT);
    assertThat(young.union(old)).isEqualTo(young.union(old));
  }

  @Test
  void membersWithOrderOrNestedOperationsAreParenthesisedOrWrapped() {
    CompoundSelect nested = young.union(old).intersect(topics.orderBy(categories.name).limit(2));
    String parenthesised =
        "(SELECT users.name FROM users WHERE users.age < ? UNION SELECT users.name FROM users"
            + " WHERE users.age > ?) INTERSECT (SELECT categories.name FROM categories"
            + " ORDER BY categories.name ASC LIMIT ?)";
    for (Dialect dialect :
        new Dialect[] {Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB}) {
      assertSql(nested, dialect, parenthesised, 20, 60, 2L);
    }
    assertSql(
        nested,
        Dialects.SQLITE,
        "SELECT * FROM (SELECT users.name FROM users WHERE users.age < ? UNION"
            + " SELECT users.name FROM users WHERE users.age > ?) INTERSECT SELECT * FROM"
            + " (SELECT categories.name FROM categories ORDER BY categories.name ASC LIMIT ?)",
        20,
        60,
        2L);
  }

  @Test
  void membersMustSelectTheSameNumberOfColumns() {
    assertThatThrownBy(() -> young.union(Sql.select(users.name, users.age)))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "UNION of queries selecting different numbers of columns (1 and 2);"
                + " select the same number of columns in each");
  }

  @Test
  void compoundAsDerivedTable() {
    DerivedTable names = young.unionAll(topics).as("names");
    assertSqlEverywhere(
        Sql.select(Sql.count()).from(names),
        "SELECT COUNT(*) FROM (SELECT users.name FROM users WHERE users.age < ? UNION ALL"
            + " SELECT categories.name FROM categories) AS names",
        20);
  }
}
