package dev.cairn.core.dialect.mysql;

import dev.cairn.core.sql.StandardQuerySyntax;

/** MySQL's query syntax. */
public class MySqlQuerySyntax extends StandardQuerySyntax {

  /** Creates the MySQL query syntax. */
  public MySqlQuerySyntax() {}
}
