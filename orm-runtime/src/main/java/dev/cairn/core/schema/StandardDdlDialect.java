package dev.cairn.core.schema;

/** Standard SQL DDL; dialects extend this and override what differs. */
public class StandardDdlDialect implements DdlDialect {

  /** Creates the standard DDL dialect. */
  public StandardDdlDialect() {}

  @Override
  public boolean supportsSequences() {
    return true;
  }
}
