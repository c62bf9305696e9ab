package dev.cairn.core.dialect.h2;

import dev.cairn.core.sql.type.StandardTypeDialect;

/** H2's types: DDL type names, literals and JDBC codecs. */
public class H2Types extends StandardTypeDialect {

  /** Creates the H2 types. */
  public H2Types() {}
}
