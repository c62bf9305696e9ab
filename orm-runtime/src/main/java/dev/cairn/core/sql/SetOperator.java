package dev.cairn.core.sql;

/** The set operations that combine query results, with their SQL keywords. */
public enum SetOperator {
  UNION("UNION"),
  UNION_ALL("UNION ALL"),
  INTERSECT("INTERSECT"),
  EXCEPT("EXCEPT");

  private final String keyword;

  SetOperator(String keyword) {
    this.keyword = keyword;
  }

  /** The SQL keywords of this operation, e.g. {@code UNION ALL}. */
  public String keyword() {
    return keyword;
  }
}
