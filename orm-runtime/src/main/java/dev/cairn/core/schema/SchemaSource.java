package dev.cairn.core.schema;

import dev.cairn.core.sql.type.SqlType;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A database whose schema Cairn can read as well as change: what {@link MetaData#reflect}, {@link
 * MetaData#validate} and {@link MetaData#diff} work on. The engine implements it, so {@code
 * metaData.reflect(engine)} reads as in SQLAlchemy.
 */
public interface SchemaSource extends SchemaTarget {

  /** The base tables of the current schema, as Cairn renders their names. */
  List<String> tableNames();

  /**
   * Reads the tables named {@code tableNames} (every base table when null) into {@code metaData},
   * with the tables their foreign keys reference, and returns the named ones in that order. Tables
   * {@code metaData} already has are used as they are.
   *
   * @throws dev.cairn.core.CairnException naming the tables that do not exist
   */
  List<Table> reflect(MetaData metaData, @Nullable Collection<String> tableNames);

  /**
   * The type this database reports for a column Cairn creates as {@code declared} (a UUID is a
   * {@code CHAR(36)} on MySQL, a timestamp is TEXT on SQLite), for comparing a model with what
   * reflection reads.
   */
  SqlType<?> storedType(SqlType<?> declared);
}
