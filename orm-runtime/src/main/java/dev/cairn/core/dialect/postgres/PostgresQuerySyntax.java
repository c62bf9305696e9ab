package dev.cairn.core.dialect.postgres;

import dev.cairn.core.sql.StandardQuerySyntax;

/** PostgreSQL's query syntax. */
public class PostgresQuerySyntax extends StandardQuerySyntax {

  /** Creates the PostgreSQL query syntax. */
  public PostgresQuerySyntax() {}
}
