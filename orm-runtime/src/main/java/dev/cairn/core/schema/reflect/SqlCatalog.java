package dev.cairn.core.schema.reflect;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Catalog} read with a handful of queries over the whole list of tables at once: one for
 * the table names, one for the sequence names (where there are sequences), the columns (the part
 * each database does its own way), one for the keys and one for the indexes, whose rows are
 * labelled as {@link TableInfoBuilder#keyColumns} and {@link TableInfoBuilder#indexColumns} read
 * them. Each query takes the stored table names as {@code :tables}.
 */
public abstract class SqlCatalog implements Catalog {

  private final String tables;
  private final @Nullable String sequences;
  private final String keys;
  private final String indexes;
  private final boolean indexesShareConstraintNames;

  /**
   * A catalog of these queries: {@code tables} and {@code sequences} (null where the database has
   * none) answer {@code table_name}; {@code indexesShareConstraintNames} where an index named as a
   * unique constraint or foreign key is that constraint's (MySQL).
   */
  protected SqlCatalog(
      String tables,
      @Nullable String sequences,
      String keys,
      String indexes,
      boolean indexesShareConstraintNames) {
    this.tables = tables;
    this.sequences = sequences;
    this.keys = keys;
    this.indexes = indexes;
    this.indexesShareConstraintNames = indexesShareConstraintNames;
  }

  @Override
  public final List<String> tableNames(CatalogQueries queries) {
    return TableInfoBuilder.texts(queries.query(tables), "table_name");
  }

  @Override
  public final List<String> sequenceNames(CatalogQueries queries) {
    return sequences == null
        ? List.of()
        : TableInfoBuilder.texts(queries.query(sequences), "table_name");
  }

  @Override
  public final List<TableInfo> describe(CatalogQueries queries, List<String> tableNames) {
    if (tableNames.isEmpty()) {
      return List.of();
    }
    Map<String, ?> parameters = Map.of("tables", tableNames);
    TableInfoBuilder builder = new TableInfoBuilder(tableNames);
    describeColumns(queries, parameters, builder);
    builder.keyColumns(queries.query(keys, parameters));
    builder.indexColumns(queries.query(indexes, parameters), indexesShareConstraintNames);
    return builder.build();
  }

  /** Adds the columns of the tables in {@code parameters} ({@code :tables}) to {@code builder}. */
  protected abstract void describeColumns(
      CatalogQueries queries, Map<String, ?> parameters, TableInfoBuilder builder);
}
