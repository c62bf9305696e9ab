package dev.cairn.core.dialect.mysql;

import dev.cairn.core.schema.reflect.Catalog;

/** The MariaDB dialect: MySQL's, plus what MariaDB adds (RETURNING on INSERT and DELETE, UUID). */
public class MariaDbDialect extends MySqlDialect {

  private static final Catalog CATALOG = new MariaDbCatalog();

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

  /** Reads the schema from {@code information_schema} ({@link MariaDbCatalog}). */
  @Override
  public Catalog catalog() {
    return CATALOG;
  }
}
