package dev.cairn.core.dialect.mysql;

/**
 * MariaDB's data-change syntax: MySQL's, plus INSERT … RETURNING (also on INSERT … ON DUPLICATE KEY
 * UPDATE) and DELETE … RETURNING (MariaDB 10.5 and later). UPDATE … RETURNING does not exist in
 * MariaDB.
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

  /**
   * {@code INSERT … ON DUPLICATE KEY UPDATE … RETURNING} returns the row as it is after the
   * statement; unlike PostgreSQL and SQLite, a row kept by "do nothing" is returned too.
   */
  @Override
  public boolean supportsUpsertReturning() {
    return true;
  }
}
