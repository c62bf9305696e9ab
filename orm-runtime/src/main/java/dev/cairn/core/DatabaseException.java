package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A statement failed in the database. Carries the SQL, the SQLState and the vendor code, and is
 * classified by {@link #kind()}; catch one of the subclasses to react to a particular kind.
 *
 * <p>Where Cairn reports a failure of work it does on the caller's behalf (a flush writing the
 * objects of a session), it raises the failure again through {@link #withContext}: the exception is
 * of the same class and kind, with the same SQL, SQLState and vendor code, its message starts with
 * what was being done, and its cause is the original failure. So {@code catch
 * (UniqueViolationException e)} around {@code session.commit()} catches a duplicate key of the
 * flush, and the message still names the entity, table and objects being written.
 */
public class DatabaseException extends CairnException {

  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;
  private final @Nullable String sql;
  private final @Nullable String sqlState;
  private final int vendorCode;
  private final @Nullable String context;

  /** Creates an exception for a failed statement. */
  public DatabaseException(
      String message, ErrorKind kind, @Nullable String sql, @Nullable SQLException cause) {
    super(message, cause);
    this.kind = kind;
    this.sql = sql;
    this.sqlState = cause == null ? null : cause.getSQLState();
    this.vendorCode = cause == null ? 0 : cause.getErrorCode();
    this.context = null;
  }

  /**
   * Creates {@code original} again with {@code context} in front of its message ({@code context +
   * ": " + message}), keeping its kind, SQL, SQLState and vendor code; {@code original} becomes the
   * cause. Subclasses offer the same constructor for {@link #withContext}.
   */
  protected DatabaseException(String context, DatabaseException original) {
    super(context + ": " + original.getMessage(), original);
    this.kind = original.kind();
    this.sql = original.sql();
    this.sqlState = original.sqlState();
    this.vendorCode = original.vendorCode();
    this.context = context;
  }

  /**
   * This failure raised again with {@code context} (what was being done, e.g. {@code "Flush failed:
   * INSERT of Item (500 objects, ids [...]) in table item failed"}) in front of its message: an
   * exception of the same class (for Cairn's own subclasses; a subclass of your own that does not
   * override this method gets its nearest Cairn ancestor's class) and the same kind, SQL, SQLState
   * and vendor code, with this exception as its cause.
   */
  public DatabaseException withContext(String context) {
    return new DatabaseException(context, this);
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

  /**
   * What Cairn was doing when the statement failed, as given to {@link #withContext} (a flush names
   * the action, entity, table and objects), or null when the failure was raised where it happened.
   */
  public @Nullable String context() {
    return context;
  }
}
