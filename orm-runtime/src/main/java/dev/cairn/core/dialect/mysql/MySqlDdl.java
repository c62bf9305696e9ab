package dev.cairn.core.dialect.mysql;

import dev.cairn.core.schema.StandardDdlDialect;

/** MySQL's DDL syntax. */
public class MySqlDdl extends StandardDdlDialect {

  /** Creates the MySQL DDL syntax. */
  public MySqlDdl() {}
}
