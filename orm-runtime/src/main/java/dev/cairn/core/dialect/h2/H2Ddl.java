package dev.cairn.core.dialect.h2;

import dev.cairn.core.schema.StandardDdlDialect;

/** H2's DDL syntax. */
public class H2Ddl extends StandardDdlDialect {

  /** Creates the H2 DDL syntax. */
  public H2Ddl() {}
}
