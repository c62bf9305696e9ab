package dev.cairn.core.engine;

import dev.cairn.core.CairnException;
import dev.cairn.core.dialect.Dialect;
import java.sql.SQLException;

/** The isolation level and read-only flag of a JDBC connection, set and read with clear errors. */
final class ConnectionModes {

  private ConnectionModes() {}

  static void setIsolation(java.sql.Connection jdbc, Dialect dialect, IsolationLevel level) {
    try {
      jdbc.setTransactionIsolation(level.jdbcLevel());
    } catch (SQLException e) {
      throw new CairnException(
          "Isolation level "
              + level
              + " could not be set on "
              + dialect.name()
              + ": "
              + e.getMessage()
              + "; use a level this database supports",
          e);
    }
  }

  static IsolationLevel isolation(java.sql.Connection jdbc, StatementRunner runner) {
    try {
      int jdbcLevel = jdbc.getTransactionIsolation();
      IsolationLevel level = IsolationLevel.ofJdbc(jdbcLevel);
      if (level == null) {
        throw new CairnException(
            "The driver reports isolation level " + jdbcLevel + ", which Cairn does not know");
      }
      return level;
    } catch (SQLException e) {
      throw runner.translate(e, null, null);
    }
  }

  static void setReadOnly(java.sql.Connection jdbc, Dialect dialect, boolean readOnly) {
    String problem;
    SQLException cause = null;
    try {
      jdbc.setReadOnly(readOnly);
      if (jdbc.isReadOnly() == readOnly) {
        return;
      }
      problem = "the driver ignores the read-only flag";
    } catch (SQLException e) {
      problem = e.getMessage();
      cause = e;
    }
    throw new CairnException(
        "Read-only mode could not be "
            + (readOnly ? "set" : "cleared")
            + " on "
            + dialect.name()
            + ": "
            + problem
            + "; this database does not support switching a connection to read-only",
        cause);
  }

  static boolean isReadOnly(java.sql.Connection jdbc, StatementRunner runner) {
    try {
      return jdbc.isReadOnly();
    } catch (SQLException e) {
      throw runner.translate(e, null, null);
    }
  }
}
