package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.dialect.SqlStateErrorClassifier;

/** SQLite's error classification. */
public class SqliteErrors extends SqlStateErrorClassifier {

  /** Creates the SQLite error classification. */
  public SqliteErrors() {}
}
