package dev.cairn.core.schema;

import dev.cairn.core.sql.SqlDialect;

/**
 * A dialect that also knows its DDL syntax, so {@code metaData.createDdl(Dialects.POSTGRESQL)}
 * needs one argument. Implemented by {@code dev.cairn.core.dialect.Dialect}.
 */
public interface SchemaDialect extends SqlDialect {

  /** The DDL syntax of this dialect. */
  DdlDialect ddl();
}
