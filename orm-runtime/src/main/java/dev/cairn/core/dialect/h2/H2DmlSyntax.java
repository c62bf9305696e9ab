package dev.cairn.core.dialect.h2;

import dev.cairn.core.sql.StandardDmlSyntax;

/**
 * H2's INSERT, UPDATE, DELETE, RETURNING and upsert syntax: the standard one. H2 has no RETURNING
 * (an INSERT's generated keys come through JDBC) and upserts with a standard {@code MERGE}.
 */
public class H2DmlSyntax extends StandardDmlSyntax {

  /** Creates the H2 INSERT, UPDATE, DELETE, RETURNING and upsert syntax. */
  public H2DmlSyntax() {}
}
