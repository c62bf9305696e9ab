package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.ErrorKind;
import dev.cairn.core.dialect.SqlStateErrorClassifier;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * SQLite's error classification, by result code. SQLite has no SQLStates; sqlite-jdbc reports the
 * primary result code as the vendor code and names the extended code in the message ({@code
 * [SQLITE_CONSTRAINT_UNIQUE] …}), so an extended code is taken from the vendor code when a driver
 * reports it there and from that name otherwise: 2067/1555 unique or primary key, 787 foreign key,
 * 1299/275/1811/20 not null, check, trigger, datatype mismatch, 5/6 (and their extended forms) busy
 * or locked, 517 stale snapshot, 9 interrupted, 1 SQL error (syntax, no such table or column),
 * 10/14/26 I/O, cannot open, not a database.
 */
public class SqliteErrors extends SqlStateErrorClassifier {

  private static final String PREFIX = "[SQLITE_";

  /** Creates the SQLite error classification. */
  public SqliteErrors() {}

  @Override
  protected @Nullable ErrorKind classifyVendor(SQLException exception) {
    String name = resultCodeName(exception.getMessage());
    int code = exception.getErrorCode();
    if (code > 0xff || name == null) {
      return byCode(code);
    }
    return byName(name);
  }

  private static @Nullable String resultCodeName(@Nullable String message) {
    if (message == null || !message.startsWith(PREFIX)) {
      return null;
    }
    int end = message.indexOf(']');
    return end < 0 ? null : message.substring(1, end);
  }

  private static @Nullable ErrorKind byName(String name) {
    return switch (name) {
      case "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY" -> ErrorKind.UNIQUE_VIOLATION;
      case "SQLITE_CONSTRAINT_FOREIGNKEY" -> ErrorKind.FOREIGN_KEY_VIOLATION;
      case "SQLITE_BUSY_SNAPSHOT" -> ErrorKind.DEADLOCK;
      default -> byPrimaryName(name);
    };
  }

  private static @Nullable ErrorKind byPrimaryName(String name) {
    if (name.startsWith("SQLITE_CONSTRAINT") || name.equals("SQLITE_MISMATCH")) {
      return ErrorKind.INTEGRITY_VIOLATION;
    }
    if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
      return ErrorKind.LOCK_TIMEOUT;
    }
    if (name.startsWith("SQLITE_IOERR")
        || name.startsWith("SQLITE_CANTOPEN")
        || name.equals("SQLITE_NOTADB")) {
      return ErrorKind.CONNECTION_FAILURE;
    }
    return switch (name) {
      case "SQLITE_INTERRUPT" -> ErrorKind.TIMEOUT;
      case "SQLITE_ERROR" -> ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT;
      default -> null;
    };
  }

  private static @Nullable ErrorKind byCode(int code) {
    return switch (code) {
      case 2067, 1555 -> ErrorKind.UNIQUE_VIOLATION;
      case 787 -> ErrorKind.FOREIGN_KEY_VIOLATION;
      case 19, 275, 1299, 1811, 2323, 20 -> ErrorKind.INTEGRITY_VIOLATION;
      case 517 -> ErrorKind.DEADLOCK;
      case 5, 6, 261, 262, 773 -> ErrorKind.LOCK_TIMEOUT;
      case 9 -> ErrorKind.TIMEOUT;
      case 1 -> ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT;
      case 10, 14, 26 -> ErrorKind.CONNECTION_FAILURE;
      default -> (code & 0xff) == 10 || (code & 0xff) == 14 ? ErrorKind.CONNECTION_FAILURE : null;
    };
  }
}
