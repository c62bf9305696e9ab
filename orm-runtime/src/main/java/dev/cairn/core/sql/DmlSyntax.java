package dev.cairn.core.sql;

/**
 * The differences between databases in INSERT, UPDATE, DELETE, RETURNING and upsert. {@link
 * StandardDmlSyntax} renders standard SQL; dialects override what they do differently.
 */
public interface DmlSyntax {

  /** Whether INSERT … RETURNING is supported natively. */
  boolean supportsInsertReturning();
}
