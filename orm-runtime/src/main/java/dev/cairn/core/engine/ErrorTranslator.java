package dev.cairn.core.engine;

import dev.cairn.core.ConnectionFailureException;
import dev.cairn.core.ConnectionPoolTimeoutException;
import dev.cairn.core.DatabaseException;
import dev.cairn.core.DeadlockException;
import dev.cairn.core.ErrorKind;
import dev.cairn.core.ForeignKeyViolationException;
import dev.cairn.core.IntegrityViolationException;
import dev.cairn.core.LockTimeoutException;
import dev.cairn.core.QueryTimeoutException;
import dev.cairn.core.SqlGrammarException;
import dev.cairn.core.UniqueViolationException;
import dev.cairn.core.dialect.Dialect;
import dev.cairn.core.sql.Parameter;
import java.sql.SQLException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a driver's {@link SQLException} into the {@link DatabaseException} subclass the dialect's
 * classifier picks, with a message that carries the SQL, SQLState, vendor code and dialect, and the
 * bound values only when the engine was built to show them.
 */
final class ErrorTranslator {

  /** The headline of a failure no classifier recognised. */
  static final String OTHER_HEADLINE = "The statement failed";

  private final Dialect dialect;
  private final boolean showParameters;

  ErrorTranslator(Dialect dialect, boolean showParameters) {
    this.dialect = dialect;
    this.showParameters = showParameters;
  }

  DatabaseException translate(
      SQLException exception,
      @Nullable String sql,
      Parameter @Nullable [] parameters,
      @Nullable Map<String, ?> values) {
    ErrorKind kind = dialect.errors().classify(exception);
    StringBuilder message = new StringBuilder(headline(kind));
    message.append(" (").append(dialect.name()).append("): ").append(driverMessage(exception));
    message.append(" [SQLState ").append(exception.getSQLState());
    message.append(", vendor code ").append(exception.getErrorCode()).append(']');
    if (sql != null) {
      message.append("; SQL: ").append(sql);
    }
    if (parameters != null && parameters.length > 0) {
      message.append(
          showParameters
              ? "; parameters: " + SqlLog.format(parameters, values)
              : "; parameters hidden (build the engine with showParametersInErrors(true) to see them)");
    }
    String text = message.toString();
    return switch (kind) {
      case UNIQUE_VIOLATION -> new UniqueViolationException(text, sql, exception);
      case FOREIGN_KEY_VIOLATION -> new ForeignKeyViolationException(text, sql, exception);
      case INTEGRITY_VIOLATION -> new IntegrityViolationException(text, kind, sql, exception);
      case DEADLOCK -> new DeadlockException(text, sql, exception);
      case LOCK_TIMEOUT -> new LockTimeoutException(text, sql, exception);
      case TIMEOUT -> new QueryTimeoutException(text, sql, exception);
      case CONNECTION_FAILURE -> new ConnectionFailureException(text, sql, exception);
      case POOL_TIMEOUT -> new ConnectionPoolTimeoutException(text, null, exception);
      case SYNTAX_OR_UNKNOWN_OBJECT -> new SqlGrammarException(text, sql, exception);
      case OTHER -> new DatabaseException(text, kind, sql, exception);
    };
  }

  private static String headline(ErrorKind kind) {
    return switch (kind) {
      case UNIQUE_VIOLATION -> "Duplicate key: a UNIQUE or PRIMARY KEY constraint rejected the row";
      case FOREIGN_KEY_VIOLATION ->
          "Foreign key violated: a referenced row is missing, or a row is still referenced";
      case INTEGRITY_VIOLATION ->
          "Constraint violated (NOT NULL, CHECK, or a value too long for its column)";
      case DEADLOCK -> "Deadlock or serialization failure; roll back and run the transaction again";
      case LOCK_TIMEOUT ->
          "A lock could not be acquired (timeout or NOWAIT); roll back and retry later";
      case TIMEOUT -> "The statement timed out or was cancelled";
      case CONNECTION_FAILURE ->
          "The database connection failed; check the URL, credentials and that the server runs";
      case POOL_TIMEOUT ->
          "No pooled connection became free in time; make the pool bigger or the transactions"
              + " shorter";
      case SYNTAX_OR_UNKNOWN_OBJECT ->
          "The database rejected the SQL (syntax, or an unknown table, column or function);"
              + " check the schema";
      case OTHER -> OTHER_HEADLINE;
    };
  }

  private static String driverMessage(SQLException exception) {
    String message = String.valueOf(exception.getMessage()).strip();
    SQLException next = exception.getNextException();
    if (next != null && next.getMessage() != null && !message.contains(next.getMessage())) {
      message = message + " / " + next.getMessage().strip();
    }
    return message;
  }
}
