package dev.cairn.core.dialect;

import dev.cairn.core.ErrorKind;
import java.sql.SQLException;

/** Classifies by the standard SQLState classes; dialects extend it for vendor codes. */
public class SqlStateErrorClassifier implements ErrorClassifier {

  /** Creates the classifier. */
  public SqlStateErrorClassifier() {}

  @Override
  public ErrorKind classify(SQLException exception) {
    String state = exception.getSQLState();
    if (state == null || state.length() < 2) {
      return ErrorKind.OTHER;
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
