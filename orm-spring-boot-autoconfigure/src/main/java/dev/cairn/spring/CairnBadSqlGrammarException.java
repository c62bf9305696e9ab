package dev.cairn.spring;

import dev.cairn.core.DatabaseException;
import java.sql.SQLException;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * Spring's {@link BadSqlGrammarException} for a Cairn {@link DatabaseException} of kind {@code
 * SYNTAX_OR_UNKNOWN_OBJECT}: {@link #getSql()} and {@link #getSQLException()} as Spring defines
 * them, with Cairn's message (the SQL, SQLState, vendor code and dialect) and the Cairn exception
 * as its cause, whose own cause is the driver's {@link SQLException}. So the stack trace shows the
 * chain once, without a circular reference.
 */
public class CairnBadSqlGrammarException extends BadSqlGrammarException {

  private static final long serialVersionUID = 1L;

  private final String message;
  private final SQLException sqlException;
  private final DatabaseException cairnException;

  /** Translates {@code cause}, which the driver raised as {@code sqlException} for {@code sql}. */
  public CairnBadSqlGrammarException(
      String message, String sql, SQLException sqlException, DatabaseException cause) {
    super("Cairn", sql, sqlException);
    this.message = message;
    this.sqlException = sqlException;
    this.cairnException = cause;
  }

  /** Cairn's message, which names the SQL, SQLState, vendor code and dialect. */
  @Override
  public String getMessage() {
    return message;
  }

  /** The Cairn exception this translates (its cause is {@link #getSQLException()}). */
  @Override
  public synchronized Throwable getCause() {
    return cairnException;
  }

  /** The driver's exception, as Spring's {@code BadSqlGrammarException} promises. */
  @Override
  public SQLException getSQLException() {
    return sqlException;
  }
}
