package dev.cairn.core.dialect.mysql;

/** MariaDB's data-change syntax: MySQL's, plus INSERT … RETURNING and DELETE … RETURNING. */
public class MariaDbDmlSyntax extends MySqlDmlSyntax {

  /** Creates the MariaDB syntax. */
  public MariaDbDmlSyntax() {}
}
