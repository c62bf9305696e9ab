package dev.cairn.core.dialect.postgres;

import dev.cairn.core.sql.StandardQuerySyntax;

/** PostgreSQL's query syntax: the standard one, plus native ILIKE. */
public class PostgresQuerySyntax extends StandardQuerySyntax {

  /** Creates the PostgreSQL query syntax. */
  public PostgresQuerySyntax() {}

  @Override
  public boolean supportsIlike() {
    return true;
  }
}
