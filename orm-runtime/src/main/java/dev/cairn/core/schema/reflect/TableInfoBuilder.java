package dev.cairn.core.schema.reflect;

import dev.cairn.core.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects the rows of a {@link Catalog}'s queries, one column of a key at a time, and assembles
 * them into {@link TableInfo}s: the shared half of every dialect's {@code describe}. Keys keep the
 * order their columns arrive in, so feed them ordered by position. Not thread-safe.
 */
public final class TableInfoBuilder {

  private final Map<String, Parts> tables = new LinkedHashMap<>();

  /** A builder for the tables named {@code tableNames}, in that order. */
  public TableInfoBuilder(List<String> tableNames) {
    for (String name : tableNames) {
      tables.put(name, new Parts());
    }
  }

  /** Adds a column to {@code table}, in table order. */
  public void column(String table, ColumnInfo column) {
    parts(table).columns.add(column);
  }

  /** Adds {@code column} as the next column of {@code table}'s primary key. */
  public void primaryKeyColumn(String table, @Nullable String constraintName, String column) {
    Parts parts = parts(table);
    parts.primaryKeyName = constraintName;
    parts.primaryKey.add(column);
  }

  /**
   * Adds {@code column} as the next column of the unique constraint that {@code key} identifies
   * (its name, or any id where the database keeps no name), named {@code constraintName} (null when
   * unnamed).
   */
  public void uniqueColumn(
      String table, String key, @Nullable String constraintName, String column) {
    UniqueParts unique =
        parts(table).uniques.computeIfAbsent(key, k -> new UniqueParts(constraintName));
    unique.columns.add(column);
  }

  /**
   * Adds a column pair to the foreign key that {@code key} identifies (its name, or any id where
   * the database keeps no name), named {@code constraintName} (null when unnamed); its target and
   * actions are taken from the first pair.
   */
  public void foreignKeyColumn(
      String table,
      String key,
      @Nullable String constraintName,
      String column,
      String targetTable,
      String targetColumn,
      ReferentialAction onDelete,
      ReferentialAction onUpdate) {
    ForeignKeyParts parts =
        parts(table)
            .foreignKeys
            .computeIfAbsent(
                key, k -> new ForeignKeyParts(constraintName, targetTable, onDelete, onUpdate));
    parts.columns.add(column);
    parts.targetColumns.add(targetColumn);
  }

  /** Adds {@code column} as the next column of index {@code indexName}. */
  public void indexColumn(String table, String indexName, String column, boolean unique) {
    IndexParts index =
        parts(table).indexes.computeIfAbsent(indexName, name -> new IndexParts(unique));
    index.columns.add(column);
  }

  /** Leaves index {@code indexName} out (it covers an expression, or enforces a constraint). */
  public void dropIndex(String table, String indexName) {
    parts(table).indexes.remove(indexName);
  }

  /** Whether {@code table} has a unique constraint or foreign key under {@code key}. */
  public boolean hasConstraint(String table, String key) {
    Parts parts = parts(table);
    return parts.uniques.containsKey(key) || parts.foreignKeys.containsKey(key);
  }

  /**
   * Adds the key columns of catalog rows labelled {@code table_name}, {@code constraint_name},
   * {@code kind} ({@code PRIMARY KEY}, {@code UNIQUE} or {@code FOREIGN KEY}, or PostgreSQL's
   * {@code p}, {@code u}, {@code f}), {@code column_name} and, for foreign keys, {@code
   * target_table}, {@code target_column}, {@code on_delete} and {@code on_update}; ordered by
   * table, constraint and position. A primary key's {@code constraint_name} may be NULL.
   */
  public void keyColumns(List<CatalogRow> rows) {
    for (CatalogRow row : rows) {
      String table = row.requiredText("table_name");
      String name = row.text("constraint_name");
      String column = row.requiredText("column_name");
      String kind = row.requiredText("kind");
      if (kind.equals("PRIMARY KEY") || kind.equals("p")) {
        primaryKeyColumn(table, name, column);
      } else if (name == null) {
        throw new IllegalStateException("catalog constraint of " + table + " without a name");
      } else if (kind.equals("UNIQUE") || kind.equals("u")) {
        uniqueColumn(table, name, name, column);
      } else {
        foreignKeyColumn(
            table,
            name,
            name,
            column,
            row.requiredText("target_table"),
            row.requiredText("target_column"),
            action(row.text("on_delete")),
            action(row.text("on_update")));
      }
    }
  }

  /**
   * Adds the index columns of catalog rows labelled {@code table_name}, {@code index_name}, {@code
   * column_name} (NULL for an expression, which leaves the index out) and {@code is_unique},
   * ordered by table, index and position; with {@code skipConstraints}, also leaves out indexes
   * named as a unique constraint or foreign key of their table (MySQL's).
   */
  public void indexColumns(List<CatalogRow> rows, boolean skipConstraints) {
    List<String[]> leftOut = new ArrayList<>();
    for (CatalogRow row : rows) {
      String table = row.requiredText("table_name");
      String index = row.requiredText("index_name");
      String column = row.text("column_name");
      if (column == null || (skipConstraints && hasConstraint(table, index))) {
        leftOut.add(new String[] {table, index});
      } else {
        indexColumn(table, index, column, row.flag("is_unique"));
      }
    }
    leftOut.forEach(index -> dropIndex(index[0], index[1]));
  }

  /** The text of column {@code label} of every row, e.g. the table names a query listed. */
  public static List<String> texts(List<CatalogRow> rows, String label) {
    return rows.stream().map(row -> row.requiredText(label)).toList();
  }

  /** The tables that have at least one column, in the order they were named. */
  public List<TableInfo> build() {
    List<TableInfo> built = new ArrayList<>();
    for (Map.Entry<String, Parts> entry : tables.entrySet()) {
      Parts parts = entry.getValue();
      if (!parts.columns.isEmpty()) {
        built.add(parts.build(entry.getKey()));
      }
    }
    return built;
  }

  /**
   * The referential action a catalog names ({@code CASCADE}, {@code SET NULL}, …, or PostgreSQL's
   * one-letter codes {@code a r c n d}); NO ACTION for anything else.
   */
  public static ReferentialAction action(@Nullable String rule) {
    String name = rule == null ? "" : rule.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
    return switch (name) {
      case "CASCADE", "C" -> ReferentialAction.CASCADE;
      case "RESTRICT", "R" -> ReferentialAction.RESTRICT;
      case "SET NULL", "N" -> ReferentialAction.SET_NULL;
      case "SET DEFAULT", "D" -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  private Parts parts(String table) {
    return tables.computeIfAbsent(table, name -> new Parts());
  }

  private static final class Parts {
    final List<ColumnInfo> columns = new ArrayList<>();
    final List<String> primaryKey = new ArrayList<>();
    @Nullable String primaryKeyName;
    final Map<String, UniqueParts> uniques = new LinkedHashMap<>();
    final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();
    final Map<String, IndexParts> indexes = new LinkedHashMap<>();

    TableInfo build(String name) {
      List<UniqueInfo> uniqueInfos = new ArrayList<>();
      uniques.forEach((key, parts) -> uniqueInfos.add(new UniqueInfo(parts.name, parts.columns)));
      List<ForeignKeyInfo> keys = new ArrayList<>();
      foreignKeys.forEach(
          (key, parts) ->
              keys.add(
                  new ForeignKeyInfo(
                      parts.name,
                      parts.columns,
                      parts.targetTable,
                      parts.targetColumns,
                      parts.onDelete,
                      parts.onUpdate)));
      List<IndexInfo> indexInfos = new ArrayList<>();
      indexes.forEach(
          (key, parts) -> indexInfos.add(new IndexInfo(key, parts.columns, parts.unique)));
      return new TableInfo(
          name,
          columns,
          primaryKey.isEmpty() ? null : new PrimaryKeyInfo(primaryKeyName, primaryKey),
          keys,
          uniqueInfos,
          indexInfos);
    }
  }

  private static final class UniqueParts {
    final @Nullable String name;
    final List<String> columns = new ArrayList<>();

    UniqueParts(@Nullable String name) {
      this.name = name;
    }
  }

  private static final class ForeignKeyParts {
    final @Nullable String name;
    final String targetTable;
    final ReferentialAction onDelete;
    final ReferentialAction onUpdate;
    final List<String> columns = new ArrayList<>();
    final List<String> targetColumns = new ArrayList<>();

    ForeignKeyParts(
        @Nullable String name,
        String targetTable,
        ReferentialAction onDelete,
        ReferentialAction onUpdate) {
      this.name = name;
      this.targetTable = targetTable;
      this.onDelete = onDelete;
      this.onUpdate = onUpdate;
    }
  }

  private static final class IndexParts {
    final boolean unique;
    final List<String> columns = new ArrayList<>();

    IndexParts(boolean unique) {
      this.unique = unique;
    }
  }
}
