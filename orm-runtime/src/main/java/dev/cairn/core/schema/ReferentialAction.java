package dev.cairn.core.schema;

/** What a foreign key does to referencing rows when the referenced row is deleted or updated. */
public enum ReferentialAction {
  /** Reject the change at the end of the statement (the default; not written in DDL). */
  NO_ACTION("NO ACTION"),
  /** Reject the change at once. */
  RESTRICT("RESTRICT"),
  /** Delete or update the referencing rows too. */
  CASCADE("CASCADE"),
  /** Set the referencing columns to NULL. */
  SET_NULL("SET NULL"),
  /** Set the referencing columns to their server default. */
  SET_DEFAULT("SET DEFAULT");

  private final String sql;

  ReferentialAction(String sql) {
    this.sql = sql;
  }

  /** The action as written in DDL, e.g. {@code SET NULL}. */
  public String sql() {
    return sql;
  }
}
