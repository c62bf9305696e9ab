package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.schema.StandardDdlDialect;

/** SQLite's DDL syntax. */
public class SqliteDdl extends StandardDdlDialect {

  /** Creates the SQLite DDL syntax. */
  public SqliteDdl() {}
}
