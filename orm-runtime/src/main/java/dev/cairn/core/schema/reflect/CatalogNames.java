package dev.cairn.core.schema.reflect;

import dev.cairn.core.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Translates between names as Cairn renders them and as a catalog stores them, as SQLAlchemy's
 * {@code normalize_name}: a name the database folded (H2's {@code FILM} for an unquoted {@code
 * film}) comes back lower case, so that it renders unquoted and folds back to the same name; any
 * other name (quoted mixed case, reserved words) is kept exactly and renders quoted.
 */
final class CatalogNames {

  private final SqlDialect dialect;
  private final Catalog catalog;

  CatalogNames(SqlDialect dialect, Catalog catalog) {
    this.dialect = dialect;
    this.catalog = catalog;
  }

  /** {@code name} as the catalog stores it: folded when Cairn renders it unquoted. */
  String stored(String name) {
    return dialect.quoteIdentifier(name).equals(name) ? catalog.fold(name) : name;
  }

  /** {@code stored} as Cairn names it: lower case when that renders unquoted and folds back. */
  String normal(String stored) {
    String lower = stored.toLowerCase(Locale.ROOT);
    if (dialect.quoteIdentifier(lower).equals(lower) && catalog.fold(lower).equals(stored)) {
      return lower;
    }
    return stored;
  }

  TableInfo normal(TableInfo table) {
    List<ColumnInfo> columns = new ArrayList<>();
    for (ColumnInfo column : table.columns()) {
      columns.add(column.named(normal(column.name())));
    }
    PrimaryKeyInfo key = table.primaryKey();
    List<ForeignKeyInfo> foreignKeys = new ArrayList<>();
    for (ForeignKeyInfo foreignKey : table.foreignKeys()) {
      foreignKeys.add(
          new ForeignKeyInfo(
              optional(foreignKey.name()),
              normal(foreignKey.columns()),
              normal(foreignKey.targetTable()),
              normal(foreignKey.targetColumns()),
              foreignKey.onDelete(),
              foreignKey.onUpdate()));
    }
    List<UniqueInfo> uniques = new ArrayList<>();
    for (UniqueInfo unique : table.uniqueConstraints()) {
      uniques.add(new UniqueInfo(optional(unique.name()), normal(unique.columns())));
    }
    List<IndexInfo> indexes = new ArrayList<>();
    for (IndexInfo index : table.indexes()) {
      indexes.add(new IndexInfo(normal(index.name()), normal(index.columns()), index.unique()));
    }
    return new TableInfo(
        normal(table.name()),
        columns,
        key == null ? null : new PrimaryKeyInfo(optional(key.name()), normal(key.columns())),
        foreignKeys,
        uniques,
        indexes);
  }

  private List<String> normal(List<String> names) {
    return names.stream().map(this::normal).toList();
  }

  private @org.jspecify.annotations.Nullable String optional(
      @org.jspecify.annotations.Nullable String name) {
    return name == null ? null : normal(name);
  }
}
