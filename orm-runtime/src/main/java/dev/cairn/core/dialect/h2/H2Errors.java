package dev.cairn.core.dialect.h2;

import dev.cairn.core.ErrorKind;
import dev.cairn.core.dialect.SqlStateErrorClassifier;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * H2's error classification: 23505 unique, 23503/23506 foreign key (child exists / parent missing),
 * 23502/23513/22001 other integrity, 40001 deadlock, HYT00 lock timeout, 57014 statement cancelled,
 * 90067/90098/90121 connection broken or database closed, 90131 concurrent update, 42xxx syntax and
 * unknown objects.
 */
public class H2Errors extends SqlStateErrorClassifier {

  /** Creates the H2 error classification. */
  public H2Errors() {}

  @Override
  protected @Nullable ErrorKind classifyVendor(SQLException exception) {
    String state = exception.getSQLState();
    if (state == null) {
      return null;
    }
    return switch (state) {
      case "23505" -> ErrorKind.UNIQUE_VIOLATION;
      case "23503", "23506" -> ErrorKind.FOREIGN_KEY_VIOLATION;
      case "23502", "23513", "23514", "22001" -> ErrorKind.INTEGRITY_VIOLATION;
      case "40001", "90131" -> ErrorKind.DEADLOCK;
      case "HYT00" -> ErrorKind.LOCK_TIMEOUT;
      case "57014" -> ErrorKind.TIMEOUT;
      case "90067", "90098", "90121" -> ErrorKind.CONNECTION_FAILURE;
      default -> null;
    };
  }
}
