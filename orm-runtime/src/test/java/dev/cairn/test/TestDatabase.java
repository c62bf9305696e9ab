package dev.cairn.test;

import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.dialect.Dialects;

/** The databases every integration test runs on. */
public enum TestDatabase {
  H2("h2"),
  SQLITE("sqlite"),
  POSTGRESQL("postgresql"),
  MARIADB("mariadb");

  private final String displayName;

  TestDatabase(String displayName) {
    this.displayName = displayName;
  }

  /** The lower-case name shown in test names. */
  public String displayName() {
    return displayName;
  }

  /** The Cairn dialect for this database. */
  public Dialect dialect() {
    return Dialects.named(displayName);
  }
}
