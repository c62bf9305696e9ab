package dev.cairn.core.dialect.mysql;

import dev.cairn.core.sql.StandardDmlSyntax;

/** MySQL's INSERT, UPDATE, DELETE, RETURNING and upsert syntax. */
public class MySqlDmlSyntax extends StandardDmlSyntax {

  /** Creates the MySQL INSERT, UPDATE, DELETE, RETURNING and upsert syntax. */
  public MySqlDmlSyntax() {}
}
