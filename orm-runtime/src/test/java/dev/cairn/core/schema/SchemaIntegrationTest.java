package dev.cairn.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlTypes;
import dev.cairn.test.DatabaseTest;
import dev.cairn.test.TestDatabase;
import dev.cairn.test.TestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

class SchemaIntegrationTest {

  @DatabaseTest
  void createAllCreatesWhatIsMissingAndSkipsWhatExists(TestDb db) {
    ShopSchema shop = new ShopSchema();
    JdbcSchemaTarget target = new JdbcSchemaTarget(db);

    shop.metaData.createAll(target);

    assertThat(target.tableExists("users")).isTrue();
    assertThat(target.tableExists("orders")).isTrue();
    assertThat(target.executed)
        .hasSize(3)
        .satisfies(s -> assertThat(s.get(0)).startsWith("CREATE TABLE users"))
        .satisfies(s -> assertThat(s.get(1)).startsWith("CREATE INDEX ix_users_name"))
        .satisfies(s -> assertThat(s.get(2)).startsWith("CREATE TABLE orders"));

    shop.metaData.createAll(target);
    assertThat(target.executed).hasSize(3);
  }

  @DatabaseTest
  void dropAllDropsChildrenFirstAndOnlyWhatExists(TestDb db) {
    ShopSchema shop = new ShopSchema();
    JdbcSchemaTarget target = new JdbcSchemaTarget(db);
    shop.metaData.createAll(target);
    db.executeJdbc(
        "INSERT INTO users (email, name) VALUES ('a@x', 'A')",
        "INSERT INTO orders (user_id, total) VALUES (1, 5)");
    target.executed.clear();

    shop.metaData.dropAll(target);

    assertThat(target.executed)
        .containsExactly("DROP TABLE IF EXISTS orders", "DROP TABLE IF EXISTS users");
    assertThat(target.tableExists("users")).isFalse();
    assertThat(target.tableExists("orders")).isFalse();
    target.executed.clear();
    shop.metaData.dropAll(target);
    assertThat(target.executed).isEmpty();
  }

  @DatabaseTest
  void identityNumbersRowsAndServerDefaultsFillColumns(TestDb db) throws SQLException {
    ShopSchema shop = new ShopSchema();
    shop.metaData.createAll(new JdbcSchemaTarget(db));

    db.executeJdbc(
        "INSERT INTO users (email, name) VALUES ('a@x', 'A')",
        "INSERT INTO users (email, name) VALUES ('b@x', 'B')",
        "INSERT INTO orders (user_id) VALUES (2)");

    assertThat(strings(db, "SELECT id, status FROM users ORDER BY id"))
        .containsExactly("1|active", "2|active");
    assertThat(query(db, "SELECT total FROM orders").get(0)).isEqualByComparingTo("0");
  }

  @DatabaseTest
  void onDeleteCascadeDeletesTheChildren(TestDb db) throws SQLException {
    ShopSchema shop = new ShopSchema();
    shop.metaData.createAll(new JdbcSchemaTarget(db));
    db.executeJdbc(
        "INSERT INTO users (email, name) VALUES ('a@x', 'A')",
        "INSERT INTO users (email, name) VALUES ('b@x', 'B')",
        "INSERT INTO orders (user_id, total) VALUES (1, 1)",
        "INSERT INTO orders (user_id, total) VALUES (1, 2)",
        "INSERT INTO orders (user_id, total) VALUES (2, 3)");

    db.executeJdbc("DELETE FROM users WHERE id = 1");

    assertThat(strings(db, "SELECT user_id FROM orders")).containsExactly("2");
  }

  @DatabaseTest
  void checkUniqueAndForeignKeyRejectBadRows(TestDb db) throws SQLException {
    ShopSchema shop = new ShopSchema();
    shop.metaData.createAll(new JdbcSchemaTarget(db));
    db.executeJdbc("INSERT INTO users (email, name, age) VALUES ('a@x', 'A', 30)");

    assertThat(failure(db, "INSERT INTO users (email, name, age) VALUES ('b@x', 'B', -1)"))
        .as("column CHECK age >= 0")
        .isNotNull();
    assertThat(failure(db, "INSERT INTO users (email, name) VALUES ('a@x', 'C')"))
        .as("UNIQUE email")
        .isNotNull();
    assertThat(failure(db, "INSERT INTO orders (user_id, total) VALUES (1, -5)"))
        .as("table CHECK total >= 0")
        .isNotNull();
    assertThat(failure(db, "INSERT INTO orders (user_id, total) VALUES (99, 5)"))
        .as("FOREIGN KEY user_id")
        .isNotNull();
    assertThat(strings(db, "SELECT COUNT(*) FROM users")).containsExactly("1");
    assertThat(strings(db, "SELECT COUNT(*) FROM orders")).containsExactly("0");
  }

  @DatabaseTest
  void compositeKeysAndUniqueIndexWork(TestDb db) throws SQLException {
    Table regions = new Table("regions");
    Column<String> country = regions.column("country", SqlTypes.varchar(2));
    Column<String> code = regions.column("code", SqlTypes.varchar(10));
    regions.primaryKey(country, code);
    Table offices = new Table("offices");
    offices.column("id", SqlTypes.INTEGER).primaryKey();
    Column<String> officeCountry = offices.column("country", SqlTypes.varchar(2)).notNull();
    Column<String> officeRegion = offices.column("region", SqlTypes.varchar(10)).notNull();
    Column<String> label = offices.column("label", SqlTypes.varchar(50)).notNull();
    offices.foreignKey(
        null,
        List.of(officeCountry, officeRegion),
        regions,
        ReferentialAction.RESTRICT,
        ReferentialAction.CASCADE);
    offices.uniqueIndex(officeCountry, label);
    new MetaData().add(offices, regions).createAll(new JdbcSchemaTarget(db));

    db.executeJdbc(
        "INSERT INTO regions (country, code) VALUES ('DE', 'BY')",
        "INSERT INTO offices (id, country, region, label) VALUES (1, 'DE', 'BY', 'Munich')");

    assertThat(failure(db, "INSERT INTO regions (country, code) VALUES ('DE', 'BY')")).isNotNull();
    assertThat(
            failure(
                db,
                "INSERT INTO offices (id, country, region, label) VALUES (2, 'DE', 'NW', 'Cologne')"))
        .as("composite FK")
        .isNotNull();
    assertThat(
            failure(
                db,
                "INSERT INTO offices (id, country, region, label) VALUES (3, 'DE', 'BY', 'Munich')"))
        .as("unique index")
        .isNotNull();
    assertThat(failure(db, "DELETE FROM regions")).as("ON DELETE RESTRICT").isNotNull();
    db.executeJdbc("UPDATE regions SET code = 'BAY'");
    assertThat(strings(db, "SELECT region FROM offices")).containsExactly("BAY");
  }

  @DatabaseTest
  void addColumnExtendsAnExistingTableKeepingItsRows(TestDb db) throws SQLException {
    Table before = new Table("members");
    before.column("id", SqlTypes.INTEGER).primaryKey();
    new MetaData().add(before).createAll(new JdbcSchemaTarget(db));
    db.executeJdbc("INSERT INTO members (id) VALUES (1)");
    Table after = new Table("members");
    after.column("id", SqlTypes.INTEGER).primaryKey();
    Column<String> nickname = after.column("nickname", SqlTypes.varchar(30));
    Column<String> status =
        after.column("status", SqlTypes.varchar(10)).notNull().serverDefaultValue("new");
    DdlCompiler compiler = DdlCompiler.of(db.dialect());

    assertThat(compiler.addColumn(nickname)).startsWith("ALTER TABLE members ADD COLUMN nickname ");
    assertThat(compiler.addColumn(status))
        .endsWith(
            db.database() == TestDatabase.SQLITE
                ? " DEFAULT 'new' NOT NULL CHECK (length(status) <= 10)"
                : " DEFAULT 'new' NOT NULL");
    db.executeJdbc(compiler.addColumn(nickname), compiler.addColumn(status));

    db.executeJdbc("INSERT INTO members (id, nickname) VALUES (2, 'bo')");
    assertThat(strings(db, "SELECT id, nickname, status FROM members ORDER BY id"))
        .containsExactly("1|null|new", "2|bo|new");
  }

  @org.junit.jupiter.api.Test
  void anIdentityColumnCannotBeAdded() {
    Table table = new Table("members");
    Column<Long> id = table.column("id", SqlTypes.BIGINT).primaryKey().identity();
    assertThatThrownBy(() -> DdlCompiler.of(dev.cairn.core.dialect.Dialects.H2).addColumn(id))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("identity column and cannot be added to the existing table members");
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void sequenceNumbersRows(TestDb db) throws SQLException {
    Sequence sequence = new Sequence("ticket_seq").startWith(100).incrementBy(10);
    Table tickets = new Table("tickets");
    tickets.column("id", SqlTypes.BIGINT).primaryKey().sequence(sequence);
    tickets.column("title", SqlTypes.varchar(50));
    MetaData metaData = new MetaData().add(tickets);
    JdbcSchemaTarget target = new JdbcSchemaTarget(db);
    metaData.createAll(target);
    assertThat(target.sequenceExists("ticket_seq")).isTrue();

    db.executeJdbc(
        "INSERT INTO tickets (title) VALUES ('a')", "INSERT INTO tickets (title) VALUES ('b')");

    assertThat(strings(db, "SELECT id FROM tickets ORDER BY id")).containsExactly("100", "110");
    metaData.dropAll(target);
    assertThat(target.sequenceExists("ticket_seq")).isFalse();
    assertThat(target.tableExists("tickets")).isFalse();
  }

  @DatabaseTest({TestDatabase.SQLITE})
  void sequenceIsRejectedWhereThereAreNone(TestDb db) {
    Table tickets = new Table("tickets");
    tickets.column("id", SqlTypes.BIGINT).primaryKey().sequence(new Sequence("ticket_seq"));
    MetaData metaData = new MetaData().add(tickets);

    assertThatThrownBy(() -> metaData.createAll(new JdbcSchemaTarget(db)))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("ticket_seq")
        .hasMessageContaining("sqlite has no sequences");
  }

  @DatabaseTest({TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
  void foreignKeyCycleIsClosedWithAlterTableAndOpenedBeforeDrop(TestDb db) throws SQLException {
    CycleSchema cycle = new CycleSchema();
    JdbcSchemaTarget target = new JdbcSchemaTarget(db);
    cycle.metaData.createAll(target);

    assertThat(target.executed.get(target.executed.size() - 1)).startsWith("ALTER TABLE ");
    db.executeJdbc(
        "INSERT INTO departments (id, name) VALUES (1, 'R&D')",
        "INSERT INTO employees (id, department_id) VALUES (10, 1)",
        "UPDATE departments SET manager_id = 10");
    assertThat(failure(db, "UPDATE departments SET manager_id = 99"))
        .as("the cycle-closing FK is enforced")
        .isNotNull();
    target.executed.clear();

    cycle.metaData.dropAll(target);

    assertThat(target.executed.get(0)).startsWith("ALTER TABLE ");
    assertThat(target.tableExists("departments")).isFalse();
    assertThat(target.tableExists("employees")).isFalse();
  }

  @DatabaseTest({TestDatabase.SQLITE})
  void foreignKeyCycleIsRejectedWhereForeignKeysCannotBeAdded(TestDb db) {
    CycleSchema cycle = new CycleSchema();
    JdbcSchemaTarget target = new JdbcSchemaTarget(db);

    assertThatThrownBy(() -> cycle.metaData.createAll(target))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("departments -> employees -> departments")
        .hasMessageContaining("sqlite cannot add a foreign key");
    assertThat(target.executed).isEmpty();
  }

  @DatabaseTest
  void createAndDropOneTable(TestDb db) {
    ShopSchema shop = new ShopSchema();
    JdbcSchemaTarget target = new JdbcSchemaTarget(db);

    shop.metaData.create(target, shop.users);
    shop.metaData.create(target, shop.users);
    assertThat(target.executed).hasSize(2);
    assertThat(target.tableExists("users")).isTrue();
    assertThat(target.tableExists("orders")).isFalse();

    shop.metaData.drop(target, shop.users);
    shop.metaData.drop(target, shop.users);
    assertThat(target.executed).hasSize(3).last().isEqualTo("DROP TABLE IF EXISTS users");
    assertThat(target.tableExists("users")).isFalse();
  }

  /** Departments have a manager (an employee); employees belong to a department. */
  static final class CycleSchema {
    final Table departments = new Table("departments");
    final Table employees = new Table("employees");
    final MetaData metaData;

    CycleSchema() {
      Column<Integer> departmentId = departments.column("id", SqlTypes.INTEGER).primaryKey();
      departments.column("name", SqlTypes.varchar(50));
      Column<Integer> managerId = departments.column("manager_id", SqlTypes.INTEGER);
      Column<Integer> employeeId = employees.column("id", SqlTypes.INTEGER).primaryKey();
      employees.column("department_id", SqlTypes.INTEGER).references(departmentId);
      departments.foreignKey(List.of(managerId), List.of(employeeId));
      metaData = new MetaData().add(departments, employees);
    }
  }

  private static List<String> strings(TestDb db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(result.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private static List<java.math.BigDecimal> query(TestDb db, String sql) throws SQLException {
    List<java.math.BigDecimal> rows = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getBigDecimal(1));
      }
    }
    return rows;
  }

  /** The exception running {@code sql} raises, or null when it succeeds. */
  private static @Nullable Exception failure(TestDb db, String sql) {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
      return null;
    } catch (SQLException e) {
      return e;
    }
  }
}
