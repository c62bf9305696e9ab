package dev.cairn.core.dialect.postgres;

import dev.cairn.core.sql.StandardDmlSyntax;

/** PostgreSQL's INSERT, UPDATE, DELETE, RETURNING and upsert syntax. */
public class PostgresDmlSyntax extends StandardDmlSyntax {

  /** Creates the PostgreSQL INSERT, UPDATE, DELETE, RETURNING and upsert syntax. */
  public PostgresDmlSyntax() {}
}
