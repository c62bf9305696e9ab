package dev.cairn.core.dialect.h2;

import dev.cairn.core.dialect.SqlStateErrorClassifier;

/** H2's error classification. */
public class H2Errors extends SqlStateErrorClassifier {

  /** Creates the H2 error classification. */
  public H2Errors() {}
}
