package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.sql.StandardDmlSyntax;

/** SQLite's INSERT, UPDATE, DELETE, RETURNING and upsert syntax. */
public class SqliteDmlSyntax extends StandardDmlSyntax {

  /** Creates the SQLite INSERT, UPDATE, DELETE, RETURNING and upsert syntax. */
  public SqliteDmlSyntax() {}
}
