package dev.cairn.core.dialect.mysql;

/**
 * MariaDB's DDL syntax: MySQL's, plus sequences (MariaDB 10.3+: {@code CREATE SEQUENCE}, defaults
 * from {@code NEXT VALUE FOR s}).
 */
public class MariaDbDdl extends MySqlDdl {

  /** Creates the MariaDB DDL syntax. */
  public MariaDbDdl() {}

  @Override
  public boolean supportsSequences() {
    return true;
  }
}
