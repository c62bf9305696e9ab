package dev.cairn.core.schema.reflect;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.MetaData;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.SqlDialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the schema of a database, as SQLAlchemy's {@code inspect(engine)}: table and sequence
 * names, and each table's columns (with their Cairn types), primary key, foreign keys, unique
 * constraints and indexes, in the connection's current schema. Get one from {@code
 * engine.inspector()}; every call reads the catalog afresh on one connection. Names come back as
 * Cairn renders them: lower case where the database folded an unquoted name (H2's {@code FILM} is
 * {@code film}), exactly as stored otherwise. Thread-safe.
 *
 * <pre>{@code
 * Inspector inspector = engine.inspector();
 * List<String> tables = inspector.tableNames();
 * TableInfo film = inspector.table("film");
 * film.column("rating").type();          // SqlTypes.nativeEnum("mpaa_rating", "G", "PG", ...)
 * }</pre>
 */
public final class Inspector {

  private final SqlDialect dialect;
  private final Catalog catalog;
  private final CatalogAccess access;
  private final CatalogNames names;

  /** An inspector over {@code access}, reading through {@code catalog}; see {@code Engine}. */
  public Inspector(SqlDialect dialect, Catalog catalog, CatalogAccess access) {
    this.dialect = dialect;
    this.catalog = catalog;
    this.access = access;
    this.names = new CatalogNames(dialect, catalog);
  }

  /** The base tables (not views) of the current schema, in name order. */
  public List<String> tableNames() {
    return access.read(queries -> catalog.tableNames(queries)).stream().map(names::normal).toList();
  }

  /** Whether a base table named {@code name} exists (as Cairn would render the name). */
  public boolean hasTable(String name) {
    String stored = names.stored(name);
    return access.read(queries -> catalog.tableNames(queries)).stream()
        .anyMatch(existing -> sameName(existing, stored));
  }

  /** The sequences of the current schema; empty where the database has none. */
  public List<String> sequenceNames() {
    return access.read(queries -> catalog.sequenceNames(queries)).stream()
        .map(names::normal)
        .toList();
  }

  /** Whether a sequence named {@code name} exists. */
  public boolean hasSequence(String name) {
    String stored = names.stored(name);
    return access.read(queries -> catalog.sequenceNames(queries)).stream()
        .anyMatch(existing -> sameName(existing, stored));
  }

  /** Table {@code name} as the database describes it; a CairnException when there is none. */
  public TableInfo table(String name) {
    return tables(List.of(name)).get(0);
  }

  /**
   * The tables named {@code tableNames}, in that order, read on one connection; a CairnException
   * naming those that do not exist.
   */
  public List<TableInfo> tables(Collection<String> tableNames) {
    List<String> stored = tableNames.stream().map(names::stored).toList();
    return access.read(
        queries -> {
          List<TableInfo> found =
              catalog.describe(queries, stored).stream().map(names::normal).toList();
          List<String> missing = new ArrayList<>();
          for (String name : tableNames) {
            if (found.stream().noneMatch(table -> table.name().equalsIgnoreCase(name))) {
              missing.add(name);
            }
          }
          if (!missing.isEmpty()) {
            throw noSuchTables(queries, missing);
          }
          return found;
        });
  }

  /**
   * Reads the tables named {@code tableNames} (all base tables when null) into {@code metaData} as
   * {@link Table}s, with the tables their foreign keys reference, and returns the named ones. A
   * table {@code metaData} already has is used as it is, not read again; foreign keys of the new
   * tables reference it.
   */
  public List<Table> reflect(MetaData metaData, @Nullable Collection<String> tableNames) {
    return access.read(
        queries -> {
          List<String> wanted =
              tableNames == null
                  ? catalog.tableNames(queries).stream().map(names::normal).toList()
                  : List.copyOf(tableNames);
          List<TableInfo> read = readWithReferences(queries, metaData, wanted);
          new TableReflector(metaData).build(read);
          List<Table> tables = new ArrayList<>();
          for (String name : wanted) {
            tables.add(metaData.table(name));
          }
          return tables;
        });
  }

  private List<TableInfo> readWithReferences(
      CatalogQueries queries, MetaData metaData, List<String> wanted) {
    List<TableInfo> read = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> next = new ArrayList<>();
    for (String name : wanted) {
      if (!metaData.hasTable(name) && seen.add(key(name))) {
        next.add(name);
      }
    }
    List<String> missing = new ArrayList<>();
    while (!next.isEmpty()) {
      List<String> batch = next;
      next = new ArrayList<>();
      List<TableInfo> found =
          catalog.describe(queries, batch.stream().map(names::stored).toList()).stream()
              .map(names::normal)
              .toList();
      for (String name : batch) {
        if (found.stream().noneMatch(table -> table.name().equalsIgnoreCase(name))) {
          missing.add(name);
        }
      }
      for (TableInfo table : found) {
        read.add(table);
        for (ForeignKeyInfo key : table.foreignKeys()) {
          String target = key.targetTable();
          if (!metaData.hasTable(target) && seen.add(key(target))) {
            next.add(target);
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      throw noSuchTables(queries, missing);
    }
    return read;
  }

  private boolean sameName(String existing, String wanted) {
    return catalog.namesIgnoreCase() ? existing.equalsIgnoreCase(wanted) : existing.equals(wanted);
  }

  private CairnException noSuchTables(CatalogQueries queries, List<String> missing) {
    List<String> existing = catalog.tableNames(queries).stream().map(names::normal).toList();
    String known =
        existing.size() <= 30
            ? existing.toString()
            : existing.subList(0, 30) + " and " + (existing.size() - 30) + " more";
    return new CairnException(
        (missing.size() == 1 ? "No table " : "No tables ")
            + String.join(", ", missing)
            + " in the current schema of the "
            + dialect.name()
            + " database; its tables are "
            + known
            + ". Check the name, or the schema the connection uses");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
