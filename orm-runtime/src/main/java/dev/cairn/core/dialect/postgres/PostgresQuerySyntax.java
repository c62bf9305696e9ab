package dev.cairn.core.dialect.postgres;

import dev.cairn.core.sql.FunctionSyntax;
import dev.cairn.core.sql.StandardQuerySyntax;

/** PostgreSQL's query syntax: the standard one, plus native ILIKE. */
public class PostgresQuerySyntax extends StandardQuerySyntax {

  private final FunctionSyntax functions = new PostgresFunctionSyntax();

  /** Creates the PostgreSQL query syntax. */
  public PostgresQuerySyntax() {}

  @Override
  public boolean supportsIlike() {
    return true;
  }

  @Override
  public FunctionSyntax functions() {
    return functions;
  }
}
