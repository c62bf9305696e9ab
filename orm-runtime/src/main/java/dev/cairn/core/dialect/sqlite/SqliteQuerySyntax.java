package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.sql.StandardQuerySyntax;

/** SQLite's query syntax. */
public class SqliteQuerySyntax extends StandardQuerySyntax {

  /** Creates the SQLite query syntax. */
  public SqliteQuerySyntax() {}
}
