package dev.cairn.core.sql;

import static dev.cairn.core.sql.SelectSqlAssert.assertSqlEverywhere;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.schema.TableAlias;
import dev.cairn.core.sql.type.SqlTypes;
import org.junit.jupiter.api.Test;

class SelectJoinInferenceTest {

  private final SelectTestTables.Users users = SelectTestTables.USERS;
  private final SelectTestTables.Orders orders = SelectTestTables.ORDERS;
  private final SelectTestTables.Categories categories = SelectTestTables.CATEGORIES;

  @Test
  void onConditionFromTheForeignKeyInEitherDirection() {
    assertSqlEverywhere(
        Sql.select(users.name, orders.total).from(users).join(orders),
        "SELECT users.name, orders.total FROM users JOIN orders ON users.id = orders.user_id");
    assertSqlEverywhere(
        Sql.select(users.name, orders.total).from(orders).leftJoin(users),
        "SELECT users.name, orders.total FROM orders LEFT OUTER JOIN users"
            + " ON users.id = orders.user_id");
  }

  @Test
  void joinWithoutFromInfersTheLeftSideFromTheSelectList() {
    assertSqlEverywhere(
        Sql.select(users.name, orders.total).join(orders),
        "SELECT users.name, orders.total FROM users JOIN orders ON users.id = orders.user_id");
  }

  @Test
  void laterJoinsLookAtEveryTableJoinedSoFar() {
    assertSqlEverywhere(
        Sql.select(users.name).from(orders).crossJoin(categories).join(users),
        "SELECT users.name FROM orders CROSS JOIN categories JOIN users"
            + " ON users.id = orders.user_id");
  }

  @Test
  void selfJoinThroughAnAlias() {
    TableAlias parent = categories.as("parent");
    Expression<String> parentName = parent.column(categories.name);
    assertSqlEverywhere(
        Sql.select(categories.name, parentName.as("parent_name"))
            .from(categories)
            .leftJoin(parent, categories.parentId.eq(parent.column(categories.id)))
            .where(parentName.ne("root")),
        "SELECT categories.name, parent.name AS parent_name FROM categories"
            + " LEFT OUTER JOIN categories AS parent ON categories.parent_id = parent.id"
            + " WHERE parent.name <> ?",
        "root");
    assertSqlEverywhere(
        Sql.select(categories.name, parentName).from(categories).join(parent),
        "SELECT categories.name, parent.name FROM categories JOIN categories AS parent"
            + " ON categories.id = parent.parent_id");
  }

  @Test
  void aliasesInferTheirFromClauseAndListTheirColumns() {
    TableAlias u = users.as("u");
    assertSqlEverywhere(
        Sql.selectFrom(u).where(u.column(users.age).gt(3)),
        "SELECT u.id, u.name, u.email, u.age FROM users AS u WHERE u.age > ?",
        3);
    assertSqlEverywhere(
        Sql.select(u.column(users.name), orders.total).join(orders),
        "SELECT u.name, orders.total FROM users AS u JOIN orders ON u.id = orders.user_id");
  }

  @Test
  void ambiguousForeignKeysAskForTheOnCondition() {
    Audits audits = new Audits();
    assertThatThrownBy(() -> Sql.select(audits.id).from(audits).join(users))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("Cannot infer the join between audits and users")
        .hasMessageContaining("give the ON condition explicitly");
    assertThatThrownBy(() -> Sql.select(audits.id).from(audits).join(categories))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Cannot infer the ON condition for the JOIN of categories to audits:"
                + " no foreign key links them; give the ON condition explicitly");
  }

  private final class Audits extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
    final Column<Long> author = column("author_id", SqlTypes.BIGINT).references(users.id);
    final Column<Long> reviewer = column("reviewer_id", SqlTypes.BIGINT).references(users.id);

    Audits() {
      super("audits");
    }
  }
}
