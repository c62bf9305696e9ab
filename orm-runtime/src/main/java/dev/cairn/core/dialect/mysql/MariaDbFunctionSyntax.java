package dev.cairn.core.dialect.mysql;

/** MariaDB's reporting functions: MySQL's, but LAG and LEAD take no default value. */
public class MariaDbFunctionSyntax extends MySqlFunctionSyntax {

  /** Creates MariaDB's function syntax. */
  public MariaDbFunctionSyntax() {}

  @Override
  public boolean supportsOffsetDefault() {
    return false;
  }
}
