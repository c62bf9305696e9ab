package dev.cairn.core.dialect;

import dev.cairn.core.ErrorKind;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Classifies by the standard SQLStates and their classes; each database's classifier extends it and
 * answers {@link #classifyVendor} first with the codes only that database uses. When a driver
 * chains the real cause behind a generic batch failure ({@link SQLException#getNextException()}),
 * the chained exception is classified. An exception with no known SQLState that is one of JDBC's
 * classes for a broken connection ({@link SQLNonTransientConnectionException}, {@link
 * SQLRecoverableException}) is a connection failure.
 */
public class SqlStateErrorClassifier implements ErrorClassifier {

  /** Creates the classifier. */
  public SqlStateErrorClassifier() {}

  @Override
  public ErrorKind classify(SQLException exception) {
    ErrorKind kind = classifyOne(exception);
    SQLException next = exception.getNextException();
    int depth = 0;
    while (kind == ErrorKind.OTHER && next != null && next != exception && depth++ < 8) {
      kind = classifyOne(next);
      next = next.getNextException();
    }
    if (kind == ErrorKind.OTHER && exception.getCause() instanceof SQLException cause) {
      kind = classifyOne(cause);
    }
    return kind;
  }

  private ErrorKind classifyOne(SQLException exception) {
    ErrorKind vendor = classifyVendor(exception);
    if (vendor != null) {
      return vendor;
    }
    if (exception instanceof SQLTimeoutException) {
      return ErrorKind.TIMEOUT;
    }
    ErrorKind kind = classifySqlState(exception.getSQLState());
    if (kind == ErrorKind.OTHER
        && (exception instanceof SQLNonTransientConnectionException
            || exception instanceof SQLRecoverableException)) {
      // JDBC's own classes for a broken connection, used by drivers that report no SQLState
      return ErrorKind.CONNECTION_FAILURE;
    }
    return kind;
  }

  /**
   * The kind decided from this database's own codes, or null to fall back to the standard
   * SQLStates. The standard classifier knows no vendor codes.
   */
  protected @Nullable ErrorKind classifyVendor(SQLException exception) {
    return null;
  }

  /** The kind the standard SQLState {@code state} reports (class 23, 40, 08, 42 and a few more). */
  protected ErrorKind classifySqlState(@Nullable String state) {
    if (state == null || state.length() < 2) {
      return ErrorKind.OTHER;
    }
    switch (state) {
      case "23505":
        return ErrorKind.UNIQUE_VIOLATION;
      case "23503":
        return ErrorKind.FOREIGN_KEY_VIOLATION;
      case "22001":
        return ErrorKind.INTEGRITY_VIOLATION;
      case "57014":
      case "HYT00":
      case "HYT01":
        return ErrorKind.TIMEOUT;
      default:
        break;
    }
    return switch (state.substring(0, 2)) {
      case "08" -> ErrorKind.CONNECTION_FAILURE;
      case "23" -> ErrorKind.INTEGRITY_VIOLATION;
      case "40" -> ErrorKind.DEADLOCK;
      case "42" -> ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT;
      default -> ErrorKind.OTHER;
    };
  }
}
