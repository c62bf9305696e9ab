package dev.cairn.benchmarks.contenders;

import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.type.SqlTypes;

/** Cairn Core's typed declarations of the {@code core_*} tables. */
final class CoreTables {

  /** {@code core_item}. */
  static final class Items extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey().identity();
    final Column<String> name = column("name", SqlTypes.varchar(100)).notNull();
    final Column<Integer> quantity = column("quantity", SqlTypes.INTEGER).notNull();
    final Column<Boolean> active = column("active", SqlTypes.BOOLEAN).notNull();

    Items() {
      super("core_item");
    }
  }

  /** {@code core_parent}. */
  static final class Parents extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
    final Column<String> name = column("name", SqlTypes.varchar(100)).notNull();

    Parents() {
      super("core_parent");
    }
  }

  /** {@code core_child}. */
  static final class Children extends Table {
    final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
    final Column<Long> parentId = column("parent_id", SqlTypes.BIGINT).notNull();
    final Column<String> name = column("name", SqlTypes.varchar(100)).notNull();

    Children() {
      super("core_child");
    }
  }

  private CoreTables() {}
}
