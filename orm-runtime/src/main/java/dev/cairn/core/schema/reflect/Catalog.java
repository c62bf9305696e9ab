package dev.cairn.core.schema.reflect;

import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/**
 * What a dialect knows about its database's catalog: the queries that list and describe tables in
 * the connection's current schema, and how its type names map to Cairn's {@link SqlType}s. Each
 * database's package implements one ({@code dev.cairn.core.dialect.postgres.PostgresCatalog}, …,
 * most by extending {@link SqlCatalog}); the dialect exposes it as {@code dialect.catalog()}. Names
 * go in and come out as the catalog stores them ({@link #fold}); the {@link Inspector} turns them
 * into the names Cairn renders. Implementations are stateless and thread-safe.
 */
public interface Catalog {

  /** The base tables (not views) of the current schema, as stored, in name order. */
  List<String> tableNames(CatalogQueries queries);

  /** The sequences of the current schema, as stored; empty where the database has none. */
  List<String> sequenceNames(CatalogQueries queries);

  /**
   * Describes the tables named {@code tableNames} (as stored), in that order; a name with no table
   * behind it is left out.
   */
  List<TableInfo> describe(CatalogQueries queries, List<String> tableNames);

  /**
   * The Cairn type of a column declared as {@code typeName}, written as this database's catalog
   * reports it or as Cairn's DDL writes it ({@code character varying(50)}, {@code VARCHAR(50)}):
   * {@link dev.cairn.core.sql.type.SqlTypes#other} for a type Cairn does not map.
   */
  SqlType<?> typeOf(String typeName);

  /**
   * {@code identifier} as this database stores it when written unquoted (upper, lower or as is).
   */
  String fold(String identifier);

  /**
   * Whether table names match ignoring case even when quoted (SQLite), so that {@code describe}
   * finds {@code Film} for {@code film}; false by default.
   */
  default boolean namesIgnoreCase() {
    return false;
  }
}
