package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.sql.type.StandardTypeDialect;

/** SQLite's types: DDL type names, literals and JDBC codecs. */
public class SqliteTypes extends StandardTypeDialect {

  /** Creates the SQLite types. */
  public SqliteTypes() {}
}
