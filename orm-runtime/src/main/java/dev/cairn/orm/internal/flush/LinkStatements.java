package dev.cairn.orm.internal.flush;

import dev.cairn.core.engine.ParameterLayout;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Delete;
import dev.cairn.core.sql.Insert;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The INSERT and DELETE of one row of a many-to-many join table, built once per relationship;
 * parameter {@code l<i>} carries the i-th column's value (owner columns, then target columns).
 */
final class LinkStatements {

  private final Table table;
  private final Insert insert;
  private final Delete delete;
  private final String[] names;
  private final ParameterLayout layout;

  LinkStatements(RelationshipModel relationship) {
    this.table = Objects.requireNonNull(relationship.joinTable(), "join table");
    List<Column<?>> columns = new ArrayList<>(relationship.joinTableOwnerColumns());
    columns.addAll(relationship.joinTableTargetColumns());
    this.names = new String[columns.size()];
    Insert building = Sql.insertInto(table);
    List<Condition> match = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      names[i] = "l" + i;
      building = set(building, columns.get(i), names[i]);
      match.add(eq(columns.get(i), names[i]));
    }
    this.insert = building;
    this.layout = ParameterLayout.of(names);
    this.delete = Sql.deleteFrom(table).where(Sql.and(match));
  }

  /** The join table's name. */
  String table() {
    return table.name();
  }

  /** The INSERT of one link row. */
  Insert insert() {
    return insert;
  }

  /** The DELETE of one link row. */
  Delete delete() {
    return delete;
  }

  /** The layout binding a link row (owner key values, then target key values) by position. */
  ParameterLayout layout() {
    return layout;
  }

  private static <T> Insert set(Insert insert, Column<T> column, String name) {
    return insert.set(column, Sql.param(name, column.type()));
  }

  private static <T> Condition eq(Column<T> column, String name) {
    return column.eq(Sql.param(name, column.type()));
  }
}
