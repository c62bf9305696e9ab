package dev.cairn.core.dialect.mysql;

import dev.cairn.core.ErrorKind;
import dev.cairn.core.dialect.SqlStateErrorClassifier;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's error classification, by vendor error number (their SQLStates are too
 * coarse: every constraint is 23000): 1062/1586 duplicate key, 1451/1452/1216/1217 foreign key,
 * 1048/1364/1406/4025/3819 other integrity, 1213 deadlock, 1205/3572 lock wait timeout or NOWAIT,
 * 1969/3024/1317 statement timeout or interruption, 1064/1146/1054/1051/1305 syntax and unknown
 * objects, 1040/1045/1927/2002/2003/2006/2013 connection failures, and SQLState 25S03 (a failover
 * driver reconnected and the transaction was lost) a connection failure too.
 */
public class MySqlErrors extends SqlStateErrorClassifier {

  /** Creates the MySQL error classification. */
  public MySqlErrors() {}

  @Override
  protected @Nullable ErrorKind classifyVendor(SQLException exception) {
    if ("25S03".equals(exception.getSQLState())) {
      // the driver reconnected on its own (failover) and the transaction was rolled back
      return ErrorKind.CONNECTION_FAILURE;
    }
    return switch (exception.getErrorCode()) {
      case 1062, 1586 -> ErrorKind.UNIQUE_VIOLATION;
      case 1451, 1452, 1216, 1217 -> ErrorKind.FOREIGN_KEY_VIOLATION;
      case 1048, 1364, 1406, 4025, 3819 -> ErrorKind.INTEGRITY_VIOLATION;
      case 1213 -> ErrorKind.DEADLOCK;
      case 1205, 3572 -> ErrorKind.LOCK_TIMEOUT;
      case 1969, 3024, 1317 -> ErrorKind.TIMEOUT;
      case 1064, 1146, 1054, 1051, 1305 -> ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT;
      case 1040, 1045, 1927, 2002, 2003, 2006, 2013 -> ErrorKind.CONNECTION_FAILURE;
      default -> null;
    };
  }
}
