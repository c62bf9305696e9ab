package dev.cairn.core.engine;

/** Transaction isolation levels, as in SQL and JDBC. Not every database supports every level. */
public enum IsolationLevel {
  /** Reads may see uncommitted changes of other transactions. */
  READ_UNCOMMITTED(java.sql.Connection.TRANSACTION_READ_UNCOMMITTED),
  /** Reads see only committed changes; a repeated read may see newer ones. */
  READ_COMMITTED(java.sql.Connection.TRANSACTION_READ_COMMITTED),
  /** Rows once read read the same until the transaction ends. */
  REPEATABLE_READ(java.sql.Connection.TRANSACTION_REPEATABLE_READ),
  /** Transactions behave as if run one after another. */
  SERIALIZABLE(java.sql.Connection.TRANSACTION_SERIALIZABLE);

  private final int jdbcLevel;

  IsolationLevel(int jdbcLevel) {
    this.jdbcLevel = jdbcLevel;
  }

  /** The JDBC constant ({@code java.sql.Connection.TRANSACTION_*}). */
  public int jdbcLevel() {
    return jdbcLevel;
  }

  /** The level for a JDBC constant, or null for {@code TRANSACTION_NONE} or an unknown value. */
  static @org.jspecify.annotations.Nullable IsolationLevel ofJdbc(int jdbcLevel) {
    for (IsolationLevel level : values()) {
      if (level.jdbcLevel == jdbcLevel) {
        return level;
      }
    }
    return null;
  }
}
