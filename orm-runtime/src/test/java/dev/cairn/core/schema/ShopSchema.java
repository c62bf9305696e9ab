package dev.cairn.core.schema;

import dev.cairn.core.sql.type.SqlTypes;
import java.math.BigDecimal;

/** A small shop schema as typed tables, shared by the schema tests. */
final class ShopSchema {

  final Users users = new Users();
  final Orders orders = new Orders(users);
  final MetaData metaData = new MetaData().add(orders, users);

  static final class Users extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey().identity();
    final Column<String> email = column("email", SqlTypes.varchar(200)).notNull().unique();
    final Column<String> name = column("name", SqlTypes.varchar(100)).notNull();
    final Column<String> status =
        column("status", SqlTypes.varchar(20)).notNull().serverDefaultValue("active");
    final Column<Integer> age = column("age", SqlTypes.INTEGER).check(c -> c.ge(0));

    Users() {
      super("users");
      index(name);
    }
  }

  static final class Orders extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey().identity();
    final Column<Long> userId;
    final Column<BigDecimal> total =
        column("total", SqlTypes.numeric(10, 2)).notNull().serverDefaultValue(BigDecimal.ZERO);

    Orders(Users users) {
      super("orders");
      userId =
          column("user_id", SqlTypes.BIGINT)
              .notNull()
              .references(users.id, ReferentialAction.CASCADE, ReferentialAction.NO_ACTION);
      check("ck_orders_total", total.ge(BigDecimal.ZERO));
    }
  }
}
