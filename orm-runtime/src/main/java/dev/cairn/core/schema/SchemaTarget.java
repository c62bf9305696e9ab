package dev.cairn.core.schema;

import dev.cairn.core.sql.SqlDialect;
import java.util.List;

/**
 * Where {@link MetaData#createAll} and {@link MetaData#dropAll} run DDL: a database reached through
 * an engine. The engine implements it, so {@code metaData.createAll(engine)} reads as in
 * SQLAlchemy.
 */
public interface SchemaTarget {

  /** The dialect statements are compiled for. */
  SqlDialect dialect();

  /** The DDL syntax of that dialect. */
  DdlDialect ddlDialect();

  /** Whether a table named {@code tableName} exists in the current schema. */
  boolean tableExists(String tableName);

  /** Whether a sequence named {@code sequenceName} exists in the current schema. */
  boolean sequenceExists(String sequenceName);

  /** Runs DDL statements in order, in one transaction where the database allows it. */
  void executeDdl(List<String> statements);
}
