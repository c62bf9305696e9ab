package dev.cairn.core.dialect.mysql;

/**
 * MariaDB's data-change syntax: MySQL's, plus INSERT … RETURNING and DELETE … RETURNING (MariaDB
 * 10.5 and later). UPDATE … RETURNING does not exist in MariaDB.
 */
public class MariaDbDmlSyntax extends MySqlDmlSyntax {

  /** Creates the MariaDB syntax. */
  public MariaDbDmlSyntax() {}

  @Override
  public boolean supportsInsertReturning() {
    return true;
  }

  @Override
  public boolean supportsDeleteReturning() {
    return true;
  }
}
