package dev.cairn.core.dialect.postgres;

import dev.cairn.core.dialect.SqlStateErrorClassifier;

/** PostgreSQL's error classification. */
public class PostgresErrors extends SqlStateErrorClassifier {

  /** Creates the PostgreSQL error classification. */
  public PostgresErrors() {}
}
