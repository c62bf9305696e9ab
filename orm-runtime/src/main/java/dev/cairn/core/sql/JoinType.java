package dev.cairn.core.sql;

/** The kinds of join, with their SQL keywords. */
public enum JoinType {
  INNER("JOIN"),
  LEFT("LEFT OUTER JOIN"),
  RIGHT("RIGHT OUTER JOIN"),
  FULL("FULL OUTER JOIN"),
  CROSS("CROSS JOIN");

  private final String keyword;

  JoinType(String keyword) {
    this.keyword = keyword;
  }

  /** The SQL keywords of this join, e.g. {@code LEFT OUTER JOIN}. */
  public String keyword() {
    return keyword;
  }
}
