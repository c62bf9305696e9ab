package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.SqlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keys, constraints and indexes of one table: those declared on the table, and those derived
 * from column definitions ({@link Column#unique}, {@link Column#references}, {@link Column#check}).
 */
final class TableConstraints {

  private final Table table;
  private @Nullable List<Column<?>> primaryKeyOrder;
  private @Nullable String primaryKeyName;
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<UniqueConstraint> uniques = new ArrayList<>();
  private final List<CheckConstraint> checks = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();

  TableConstraints(Table table) {
    this.table = table;
  }

  PrimaryKey definePrimaryKey(@Nullable String name, List<Column<?>> columns) {
    requireColumns("primary key", columns);
    if (primaryKeyOrder != null) {
      throw new CairnException(
          "Table "
              + table.name()
              + " already has a primary key "
              + Names.columnList(primaryKeyOrder)
              + "; declare the primary key once");
    }
    for (Column<?> column : table.columns()) {
      if (column.options().primaryKey() && !columns.contains(column)) {
        throw new CairnException(
            "Column "
                + column
                + " is marked primaryKey() but is not in the composite primary key "
                + Names.columnList(columns)
                + "; declare the key in one place");
      }
    }
    for (Column<?> column : columns) {
      table.current(column).primaryKey();
    }
    primaryKeyOrder = List.copyOf(columns);
    primaryKeyName = name;
    return primaryKeyConstraint();
  }

  List<Column<?>> primaryKeyColumns() {
    List<Column<?>> key = new ArrayList<>();
    if (primaryKeyOrder != null) {
      for (Column<?> column : primaryKeyOrder) {
        key.add(table.current(column));
      }
      return key;
    }
    for (Column<?> column : table.columns()) {
      if (column.options().primaryKey()) {
        key.add(column);
      }
    }
    return key;
  }

  @Nullable PrimaryKey primaryKeyConstraint() {
    List<Column<?>> key = primaryKeyColumns();
    if (key.isEmpty()) {
      return null;
    }
    return new PrimaryKey(primaryKeyName != null ? primaryKeyName : Names.primaryKey(table), key);
  }

  ForeignKey defineForeignKey(
      @Nullable String name,
      List<Column<?>> columns,
      List<Column<?>> targetColumns,
      ReferentialAction onDelete,
      ReferentialAction onUpdate) {
    requireColumns("foreign key", columns);
    String described = table.name() + Names.columnList(columns);
    if (columns.size() != targetColumns.size()) {
      throw new CairnException(
          "Foreign key "
              + described
              + " has "
              + columns.size()
              + " columns but references "
              + targetColumns.size()
              + " "
              + Names.columnList(targetColumns)
              + "; give one referenced column per referencing column");
    }
    Table target = targetColumns.get(0).table();
    for (int i = 0; i < columns.size(); i++) {
      Column<?> column = columns.get(i);
      Column<?> referenced = targetColumns.get(i);
      if (referenced.table() != target) {
        throw new CairnException(
            "Foreign key "
                + described
                + " references columns of several tables ("
                + target.name()
                + ", "
                + referenced.table().name()
                + "); reference columns of one table");
      }
      if (!TypeFamily.compatible(column.type(), referenced.type())) {
        throw new CairnException(
            "Foreign key "
                + described
                + ": column "
                + column
                + " is "
                + column.type()
                + " but references "
                + referenced
                + " of type "
                + referenced.type()
                + "; a foreign key needs the same kind of type on both sides (integers of any"
                + " width, text of any length)");
      }
    }
    ForeignKey key =
        new ForeignKey(
            name != null ? name : Names.foreignKey(table, columns, target),
            table,
            columns,
            target,
            targetColumns,
            onDelete,
            onUpdate);
    foreignKeys.add(key);
    return key;
  }

  List<ForeignKey> foreignKeys() {
    List<ForeignKey> all = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      ForeignKeyTarget target = column.options().references();
      if (target != null) {
        List<Column<?>> from = List.of(column);
        Table referenced = target.column().table();
        all.add(
            new ForeignKey(
                Names.foreignKey(table, from, referenced),
                table,
                from,
                referenced,
                List.of(target.column()),
                target.onDelete(),
                target.onUpdate()));
      }
    }
    all.addAll(foreignKeys);
    return all;
  }

  UniqueConstraint defineUnique(@Nullable String name, List<Column<?>> columns) {
    requireColumns("unique constraint", columns);
    UniqueConstraint unique =
        new UniqueConstraint(name != null ? name : Names.unique(table, columns), columns);
    uniques.add(unique);
    return unique;
  }

  List<UniqueConstraint> uniqueConstraints() {
    List<UniqueConstraint> all = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      if (column.options().unique()) {
        List<Column<?>> one = List.of(column);
        all.add(new UniqueConstraint(Names.unique(table, one), one));
      }
    }
    all.addAll(uniques);
    return all;
  }

  CheckConstraint defineCheck(String name, SqlNode condition) {
    Identifiers.requireValid(name, "check constraint name on table " + table.name());
    CheckConstraint check = new CheckConstraint(name, condition);
    checks.add(check);
    return check;
  }

  List<CheckConstraint> checks() {
    List<CheckConstraint> all = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      List<SqlNode> conditions = column.options().checks();
      for (int i = 0; i < conditions.size(); i++) {
        String suffix = column.name() + (i == 0 ? "" : "_" + (i + 1));
        all.add(new CheckConstraint(Names.check(table, suffix), conditions.get(i)));
      }
    }
    all.addAll(checks);
    return all;
  }

  Index defineIndex(@Nullable String name, List<Column<?>> columns, boolean unique) {
    requireColumns(unique ? "unique index" : "index", columns);
    Index index =
        new Index(
            name != null ? name : Names.index(table, columns, unique), table, columns, unique);
    indexes.add(index);
    return index;
  }

  List<Index> indexes() {
    return List.copyOf(indexes);
  }

  /** Checks what can only be checked once the definition is complete: unique constraint names. */
  void validate() {
    Set<String> names = new HashSet<>();
    List<String> all = new ArrayList<>();
    PrimaryKey key = primaryKeyConstraint();
    if (key != null) {
      all.add(key.name());
    }
    foreignKeys().forEach(k -> all.add(k.name()));
    uniqueConstraints().forEach(u -> all.add(u.name()));
    checks().forEach(c -> all.add(c.name()));
    indexes.forEach(i -> all.add(i.name()));
    for (String name : all) {
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw new CairnException(
            "Table "
                + table.name()
                + " has two constraints or indexes named "
                + name
                + "; give one of them another name");
      }
    }
  }

  private void requireColumns(String what, List<Column<?>> columns) {
    if (columns.isEmpty()) {
      throw new CairnException(
          "A " + what + " on table " + table.name() + " needs at least one column");
    }
    Set<String> seen = new HashSet<>();
    for (Column<?> column : columns) {
      if (column.table() != table) {
        throw new CairnException(
            "A "
                + what
                + " on table "
                + table.name()
                + " cannot use column "
                + column
                + " of another table; use columns of "
                + table.name());
      }
      if (!seen.add(column.name())) {
        throw new CairnException(
            "A "
                + what
                + " on table "
                + table.name()
                + " lists column "
                + column.name()
                + " twice");
      }
    }
  }
}
