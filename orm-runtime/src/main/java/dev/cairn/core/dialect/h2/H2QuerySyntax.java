package dev.cairn.core.dialect.h2;

import dev.cairn.core.sql.StandardQuerySyntax;

/** H2's query syntax. */
public class H2QuerySyntax extends StandardQuerySyntax {

  /** Creates the H2 query syntax. */
  public H2QuerySyntax() {}
}
