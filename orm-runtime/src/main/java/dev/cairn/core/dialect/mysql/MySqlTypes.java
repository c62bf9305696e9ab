package dev.cairn.core.dialect.mysql;

import dev.cairn.core.sql.type.StandardTypeDialect;

/** MySQL's types: DDL type names, literals and JDBC codecs. */
public class MySqlTypes extends StandardTypeDialect {

  /** Creates the MySQL types. */
  public MySqlTypes() {}
}
