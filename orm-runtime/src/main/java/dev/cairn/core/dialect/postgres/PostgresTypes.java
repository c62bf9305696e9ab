package dev.cairn.core.dialect.postgres;

import dev.cairn.core.sql.type.StandardTypeDialect;

/** PostgreSQL's types: DDL type names, literals and JDBC codecs. */
public class PostgresTypes extends StandardTypeDialect {

  /** Creates the PostgreSQL types. */
  public PostgresTypes() {}
}
