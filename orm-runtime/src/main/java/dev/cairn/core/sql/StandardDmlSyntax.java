package dev.cairn.core.sql;

/** Standard SQL data-change syntax; dialects extend this and override what differs. */
public class StandardDmlSyntax implements DmlSyntax {

  /** Creates the standard syntax. */
  public StandardDmlSyntax() {}

  @Override
  public boolean supportsInsertReturning() {
    return false;
  }
}
