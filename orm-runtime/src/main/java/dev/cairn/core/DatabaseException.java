package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A statement failed in the database. Carries the SQL, the SQLState and the vendor code, and is
 * classified by {@link #kind()}; catch one of the subclasses to react to a particular kind.
 */
public class DatabaseException extends CairnException {

  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;
  private final @Nullable String sql;
  private final @Nullable String sqlState;
  private final int vendorCode;

  /** Creates an exception for a failed statement. */
  public DatabaseException(
      String message, ErrorKind kind, @Nullable String sql, @Nullable SQLException cause) {
    super(message, cause);
    this.kind = kind;
    this.sql = sql;
    this.sqlState = cause == null ? null : cause.getSQLState();
    this.vendorCode = cause == null ? 0 : cause.getErrorCode();
  }

  /** The kind of failure, as classified by the dialect. */
  public ErrorKind kind() {
    return kind;
  }

  /** The SQL text of the failed statement, if a statement was being executed. */
  public @Nullable String sql() {
    return sql;
  }

  /** The SQLState the driver reported, if any. */
  public @Nullable String sqlState() {
    return sqlState;
  }

  /** The vendor-specific error code the driver reported, or 0. */
  public int vendorCode() {
    return vendorCode;
  }
}
