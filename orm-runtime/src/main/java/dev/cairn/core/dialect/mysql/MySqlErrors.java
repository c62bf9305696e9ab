package dev.cairn.core.dialect.mysql;

import dev.cairn.core.dialect.SqlStateErrorClassifier;

/** MySQL's error classification. */
public class MySqlErrors extends SqlStateErrorClassifier {

  /** Creates the MySQL error classification. */
  public MySqlErrors() {}
}
