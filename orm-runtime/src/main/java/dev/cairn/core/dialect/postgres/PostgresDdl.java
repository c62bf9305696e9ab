package dev.cairn.core.dialect.postgres;

import dev.cairn.core.schema.StandardDdlDialect;

/** PostgreSQL's DDL syntax. */
public class PostgresDdl extends StandardDdlDialect {

  /** Creates the PostgreSQL DDL syntax. */
  public PostgresDdl() {}
}
