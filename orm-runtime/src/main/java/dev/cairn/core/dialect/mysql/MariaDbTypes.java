package dev.cairn.core.dialect.mysql;

/** MariaDB's types: MySQL's, with MariaDB's native UUID type. */
public class MariaDbTypes extends MySqlTypes {

  /** Creates the MariaDB types. */
  public MariaDbTypes() {}
}
