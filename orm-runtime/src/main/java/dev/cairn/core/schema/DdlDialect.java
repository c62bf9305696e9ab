package dev.cairn.core.schema;

/**
 * What the DDL compiler asks a dialect: identity columns, sequences, constraint syntax. {@link
 * StandardDdlDialect} writes standard SQL; dialects override what they do differently.
 */
public interface DdlDialect {

  /** Whether the database supports {@code CREATE SEQUENCE}. */
  boolean supportsSequences();
}
