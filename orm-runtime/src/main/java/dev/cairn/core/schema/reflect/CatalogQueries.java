package dev.cairn.core.schema.reflect;

import java.util.List;
import java.util.Map;

/**
 * Runs a {@link Catalog}'s queries on one connection: text SQL with {@code :name} placeholders (a
 * collection expands to one parameter per element, for {@code IN (:tables)}). The engine implements
 * it, so catalog queries are logged and their errors translated like every other statement.
 */
@FunctionalInterface
public interface CatalogQueries {

  /** The rows of {@code sql} run with {@code parameters}. */
  List<CatalogRow> query(String sql, Map<String, ?> parameters);

  /** The rows of {@code sql}, which has no parameters. */
  default List<CatalogRow> query(String sql) {
    return query(sql, Map.of());
  }
}
