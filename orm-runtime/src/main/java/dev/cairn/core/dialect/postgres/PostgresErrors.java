package dev.cairn.core.dialect.postgres;

import dev.cairn.core.ErrorKind;
import dev.cairn.core.dialect.SqlStateErrorClassifier;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's error classification, by SQLState: 23505 unique, 23503 foreign key, 23502/23514/
 * 23P01 other integrity, 40001/40P01 serialization failure and deadlock, 55P03 lock not available
 * (NOWAIT, {@code lock_timeout}), 57014 statement cancelled or timed out, 57P01-57P03 and 53300
 * lost or refused connections, 08xxx connection failures, 42xxx syntax and unknown objects.
 */
public class PostgresErrors extends SqlStateErrorClassifier {

  /** Creates the PostgreSQL error classification. */
  public PostgresErrors() {}

  @Override
  protected @Nullable ErrorKind classifyVendor(SQLException exception) {
    String state = exception.getSQLState();
    if (state == null) {
      return null;
    }
    return switch (state) {
      case "23505" -> ErrorKind.UNIQUE_VIOLATION;
      case "23503" -> ErrorKind.FOREIGN_KEY_VIOLATION;
      case "23502", "23514", "23P01", "22001" -> ErrorKind.INTEGRITY_VIOLATION;
      case "40001", "40P01" -> ErrorKind.DEADLOCK;
      case "55P03" -> ErrorKind.LOCK_TIMEOUT;
      case "57014" -> ErrorKind.TIMEOUT;
      case "57P01", "57P02", "57P03", "53300" -> ErrorKind.CONNECTION_FAILURE;
      default -> null;
    };
  }
}
