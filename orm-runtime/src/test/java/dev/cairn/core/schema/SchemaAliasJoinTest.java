package dev.cairn.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;
import dev.cairn.core.sql.ColumnReference;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.FromItem;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.SelectQuery;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.SqlNode;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table aliases and join conditions inferred from foreign keys. */
class SchemaAliasJoinTest {

  /** Employees with a manager, who is an employee too. */
  static final class Employees extends Table {
    final Column<Integer> id = column("id", SqlTypes.INTEGER).primaryKey();
    final Column<String> name = column("name", SqlTypes.varchar(50)).notNull();
    final Column<Integer> managerId = column("manager_id", SqlTypes.INTEGER).references(id);

    Employees() {
      super("employees");
    }
  }

  private static String sql(Dialect dialect, SqlNode node) {
    return new RenderContext(dialect).visit(node).sqlSoFar();
  }

  @Test
  void aliasRendersAsAndQualifiesItsColumns() {
    Employees employees = new Employees();
    TableAlias boss = employees.as("boss");
    ColumnReference<String> bossName = boss.column(employees.name);

    assertThat(sql(Dialects.POSTGRESQL, boss)).isEqualTo("employees AS boss");
    assertThat(sql(Dialects.MYSQL, employees.as("order"))).isEqualTo("employees AS `order`");
    assertThat(sql(Dialects.H2, bossName)).isEqualTo("boss.name");
    assertThat(sql(Dialects.SQLITE, bossName.eq("Ann"))).isEqualTo("boss.name = ?");
    assertThat(bossName.type()).isEqualTo(SqlTypes.varchar(50));
    assertThat(bossName.tableReference()).isEqualTo(boss);
    assertThat(boss.name()).isEqualTo("boss");
    assertThat(boss.columnReferences())
        .extracting(c -> sql(Dialects.H2, c))
        .containsExactly("boss.id", "boss.name", "boss.manager_id");
    assertThat(boss.primaryKeyReferences()).extracting(ColumnReference::name).containsExactly("id");
    assertThat(boss.column("manager_id")).isEqualTo(boss.column(employees.managerId));
    assertThat(employees.as("boss")).isEqualTo(boss).hasSameHashCodeAs(boss);
    assertThat(employees.as("b")).isNotEqualTo(boss);
    assertThatThrownBy(() -> boss.column(new ShopSchema().users.email))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Column users.email does not belong to table employees aliased as boss;"
                + " use a column of employees");
  }

  @Test
  void joinConditionComesFromTheSingleForeignKeyInEitherDirection() {
    ShopSchema shop = new ShopSchema();
    Condition forward = shop.users.foreignKeyJoinCondition(shop.orders);
    Condition backward = shop.orders.foreignKeyJoinCondition(shop.users);
    assertThat(sql(Dialects.POSTGRESQL, forward)).isEqualTo("users.id = orders.user_id");
    assertThat(sql(Dialects.POSTGRESQL, backward)).isEqualTo("users.id = orders.user_id");
    TableAlias o = shop.orders.as("o");
    assertThat(sql(Dialects.H2, shop.users.foreignKeyJoinCondition(o)))
        .isEqualTo("users.id = o.user_id");
    assertThat(sql(Dialects.H2, o.foreignKeyJoinCondition(shop.users.as("u"))))
        .isEqualTo("u.id = o.user_id");
  }

  @Test
  void selfJoinThroughAliasesTakesTheRightSideAsReferencing() {
    Employees employees = new Employees();
    TableAlias boss = employees.as("boss");
    TableAlias staff = employees.as("staff");
    assertThat(sql(Dialects.H2, boss.foreignKeyJoinCondition(staff)))
        .isEqualTo("boss.id = staff.manager_id");
    assertThat(sql(Dialects.H2, employees.foreignKeyJoinCondition(staff)))
        .isEqualTo("employees.id = staff.manager_id");
  }

  @Test
  void compositeForeignKeyJoinsOnEveryColumn() {
    Table regions = new Table("regions");
    Column<String> country = regions.column("country", SqlTypes.varchar(2));
    Column<String> code = regions.column("code", SqlTypes.varchar(10));
    regions.primaryKey(country, code);
    Table offices = new Table("offices");
    Column<String> officeCountry = offices.column("country", SqlTypes.varchar(2));
    Column<String> officeRegion = offices.column("region", SqlTypes.varchar(10));
    offices.foreignKey(List.of(officeCountry, officeRegion), List.of(country, code));

    assertThat(sql(Dialects.SQLITE, offices.foreignKeyJoinCondition(regions)))
        .isEqualTo("regions.country = offices.country AND regions.code = offices.region");
  }

  @Test
  void noForeignKeyGivesNullAndSeveralFail() {
    ShopSchema shop = new ShopSchema();
    Table unrelated = new Table("unrelated");
    unrelated.column("id", SqlTypes.INTEGER);
    assertThat(shop.users.foreignKeyJoinCondition(unrelated)).isNull();
    assertThat(
            shop.users.foreignKeyJoinCondition(
                new FromItem() {
                  @Override
                  public void render(RenderContext context) {
                    context.sql("(SELECT 1)");
                  }
                }))
        .isNull();
    assertThat(shop.users.as("u").foreignKeyJoinCondition(shop.users.as("v"))).isNull();

    Table users = new Table("users");
    Column<Long> id = users.column("id", SqlTypes.BIGINT).primaryKey();
    Table transfers = new Table("transfers");
    transfers.column("sender_id", SqlTypes.BIGINT).references(id);
    transfers.column("receiver_id", SqlTypes.BIGINT).references(id);
    assertThatThrownBy(() -> users.foreignKeyJoinCondition(transfers.as("t")))
        .isInstanceOf(CairnException.class)
        .hasMessage(
            "Cannot infer the join between users and transfers AS t: they are linked by 2 foreign"
                + " keys [transfers(sender_id) -> users(id), transfers(receiver_id) -> users(id)];"
                + " give the ON condition explicitly");
  }

  @Test
  void unionOrderByNamesAliasColumnsWithoutTheirQualifier() {
    Employees employees = new Employees();
    TableAlias boss = employees.as("boss");
    TableAlias staff = employees.as("staff");
    ColumnReference<String> bossName = boss.column(employees.name);
    ColumnReference<String> staffName = staff.column(employees.name);
    SelectQuery union =
        Sql.select(bossName)
            .from(boss)
            .where(boss.column(employees.managerId).isNull())
            .union(Sql.select(staffName).from(staff).where(staff.column(employees.id).gt(1)))
            .orderBy(bossName.desc());
    for (Dialect dialect :
        List.of(
            Dialects.H2, Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB, Dialects.SQLITE)) {
      assertThat(union.toSql(dialect))
          .as("on %s", dialect)
          .isEqualTo(
              "SELECT boss.name FROM employees AS boss WHERE boss.manager_id IS NULL UNION"
                  + " SELECT staff.name FROM employees AS staff WHERE staff.id > ?"
                  + " ORDER BY name DESC");
    }
    assertThat(union.compile(Dialects.H2).parameters())
        .extracting(p -> p.value())
        .containsExactly(1);
    assertThat(sql(Dialects.H2, bossName)).isEqualTo("boss.name");
  }

  @DatabaseTest({TestDatabase.POSTGRESQL})
  void unionOverAliasColumnsRunsOrderedOnPostgresql(TestDb db) {
    Employees employees = new Employees();
    new MetaData().add(employees).createAll(db.engine());
    db.executeJdbc(
        "INSERT INTO employees (id, name) VALUES (1, 'Ann')",
        "INSERT INTO employees (id, name, manager_id) VALUES (2, 'Bob', 1)",
        "INSERT INTO employees (id, name, manager_id) VALUES (3, 'Cid', 2)");
    TableAlias boss = employees.as("boss");
    TableAlias staff = employees.as("staff");
    ColumnReference<String> bossName = boss.column(employees.name);
    SelectQuery union =
        Sql.select(bossName)
            .from(boss)
            .where(boss.column(employees.managerId).isNull())
            .union(
                Sql.select(staff.column(employees.name))
                    .from(staff)
                    .where(staff.column(employees.managerId).eq(2)))
            .orderBy(bossName.desc());
    List<String> names = db.engine().transactionResult(c -> c.execute(union).scalars(String.class));
    assertThat(names).containsExactly("Cid", "Ann");
  }

  @DatabaseTest
  void selfJoinRunsOnEveryDatabase(TestDb db) throws Exception {
    Employees employees = new Employees();
    new MetaData().add(employees).createAll(new JdbcSchemaTarget(db));
    db.executeJdbc(
        "INSERT INTO employees (id, name) VALUES (1, 'Ann')",
        "INSERT INTO employees (id, name, manager_id) VALUES (2, 'Bob', 1)",
        "INSERT INTO employees (id, name, manager_id) VALUES (3, 'Cid', 1)");
    TableAlias boss = employees.as("boss");
    TableAlias staff = employees.as("staff");
    String query =
        "SELECT "
            + sql(db.dialect(), boss.column(employees.name))
            + ", "
            + sql(db.dialect(), staff.column(employees.name))
            + " FROM "
            + sql(db.dialect(), boss)
            + " JOIN "
            + sql(db.dialect(), staff)
            + " ON "
            + sql(db.dialect(), boss.foreignKeyJoinCondition(staff))
            + " ORDER BY 2";

    List<String> rows = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      while (result.next()) {
        rows.add(result.getString(1) + " manages " + result.getString(2));
      }
    }
    assertThat(rows).containsExactly("Ann manages Bob", "Ann manages Cid");
  }
}
