package dev.cairn.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The database rejected the SQL text, or it names a table, column or function that does not exist.
 * Check the schema (was {@code createAll} run?) and the SQL in the message.
 */
public class SqlGrammarException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public SqlGrammarException(String message, @Nullable String sql, @Nullable SQLException cause) {
    super(message, ErrorKind.SYNTAX_OR_UNKNOWN_OBJECT, sql, cause);
  }

  /**
   * Creates {@code original} again with {@code context} in front of its message; see {@link
   * DatabaseException#withContext}.
   */
  protected SqlGrammarException(String context, SqlGrammarException original) {
    super(context, original);
  }

  @Override
  public SqlGrammarException withContext(String context) {
    return new SqlGrammarException(context, this);
  }
}
