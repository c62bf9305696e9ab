package dev.cairn.core.sql;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;

/** Typed tables shared by the SELECT tests. */
final class SelectTestTables {

  static final Users USERS = new Users();
  static final Orders ORDERS = new Orders();
  static final Categories CATEGORIES = new Categories();

  private SelectTestTables() {}

  static final class Users extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
    final Column<String> name = column("name", SqlTypes.varchar(50)).notNull();
    final Column<String> email = column("email", SqlTypes.varchar(100));
    final Column<Integer> age = column("age", SqlTypes.INTEGER);

    Users() {
      super("users");
    }
  }

  static final class Orders extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
    final Column<Long> userId = column("user_id", SqlTypes.BIGINT).notNull().references(USERS.id);
    final Column<BigDecimal> total = column("total", SqlTypes.numeric(10, 2)).notNull();
    final Column<String> status = column("status", SqlTypes.varchar(20));

    Orders() {
      super("orders");
    }
  }

  static final class Categories extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
    final Column<Long> parentId = column("parent_id", SqlTypes.BIGINT).references(id);
    final Column<String> name = column("name", SqlTypes.varchar(50)).notNull();

    Categories() {
      super("categories");
    }
  }

  /** Creates the three tables over JDBC and fills them with the rows the tests expect. */
  static void createSchema(dev.cairn.test.TestDb db) {
    db.executeJdbc(
        "CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL,"
            + " email VARCHAR(100), age INTEGER)",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL,"
            + " total NUMERIC(10, 2) NOT NULL, status VARCHAR(20))",
        "CREATE TABLE categories (id BIGINT PRIMARY KEY, parent_id BIGINT,"
            + " name VARCHAR(50) NOT NULL)",
        "INSERT INTO users VALUES (1, 'Ann', 'ann@x.org', 30)",
        "INSERT INTO users VALUES (2, 'Bob', NULL, 17)",
        "INSERT INTO users VALUES (3, 'Cid', '50%_off@x.org', 70)",
        "INSERT INTO users VALUES (4, 'Dan', NULL, NULL)",
        "INSERT INTO orders VALUES (1, 1, 10.50, 'open')",
        "INSERT INTO orders VALUES (2, 1, 20.00, 'paid')",
        "INSERT INTO orders VALUES (3, 2, 5.25, 'open')",
        "INSERT INTO orders VALUES (4, 3, 100.00, 'paid')",
        "INSERT INTO categories VALUES (1, NULL, 'root')",
        "INSERT INTO categories VALUES (2, 1, 'a')",
        "INSERT INTO categories VALUES (3, 2, 'b')",
        "INSERT INTO categories VALUES (4, 1, 'c')");
  }
}
