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
}
