package dev.cairn.core.sql;

/** What a statement does; used for logging, metrics and choosing how to execute it. */
public enum StatementKind {
  SELECT,
  INSERT,
  UPDATE,
  DELETE,
  DDL,
  OTHER
}
