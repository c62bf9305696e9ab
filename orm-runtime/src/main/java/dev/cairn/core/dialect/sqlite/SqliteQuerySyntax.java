package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.FunctionSyntax;
import dev.cairn.core.sql.LockStrength;
import dev.cairn.core.sql.LockWait;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.StandardQuerySyntax;
import org.jspecify.annotations.Nullable;

/**
 * SQLite's query syntax: {@code LIMIT -1} before a lone OFFSET, no parentheses around set operation
 * members, no row locks (a writing transaction locks the whole database), and the current timestamp
 * as ISO-8601 local time text.
 */
public class SqliteQuerySyntax extends StandardQuerySyntax {

  private final FunctionSyntax functions = new SqliteFunctionSyntax();

  /** Creates the SQLite query syntax. */
  public SqliteQuerySyntax() {}

  @Override
  public void renderLimitOffset(
      RenderContext context, @Nullable Expression<?> limit, @Nullable Expression<?> offset) {
    if (limit == null && offset != null) {
      context.sql(" LIMIT -1 OFFSET ").visit(offset);
    } else {
      super.renderLimitOffset(context, limit, offset);
    }
  }

  @Override
  public boolean supportsParenthesizedSetOperands() {
    return false;
  }

  @Override
  public void renderLock(RenderContext context, LockStrength strength, LockWait wait) {
    if (wait != LockWait.WAIT) {
      throw unsupported(
          context,
          wait == LockWait.NOWAIT ? "NOWAIT" : "SKIP LOCKED",
          "SQLite locks the whole database for a writing transaction; drop noWait()/skipLocked()"
              + " and set a busy timeout instead");
    }
  }

  @Override
  public String currentTimestampSql() {
    return "strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')";
  }

  @Override
  public FunctionSyntax functions() {
    return functions;
  }
}
