package dev.cairn.core.dialect.mysql;

/** The MariaDB dialect: MySQL's, plus what MariaDB adds (RETURNING on INSERT and DELETE, UUID). */
public class MariaDbDialect extends MySqlDialect {

  /** Creates the MariaDB dialect. */
  public MariaDbDialect() {
    super(
        "mariadb",
        new MariaDbTypes(),
        new MariaDbDdl(),
        new MariaDbQuerySyntax(),
        new MariaDbDmlSyntax(),
        new MySqlErrors());
  }
}
