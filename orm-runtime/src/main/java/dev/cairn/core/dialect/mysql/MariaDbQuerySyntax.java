package dev.cairn.core.dialect.mysql;

import dev.cairn.core.sql.FunctionSyntax;
import dev.cairn.core.sql.LockStrength;
import dev.cairn.core.sql.LockWait;
import dev.cairn.core.sql.RenderContext;

/** MariaDB's query syntax: MySQL's, with {@code LOCK IN SHARE MODE} for shared row locks. */
public class MariaDbQuerySyntax extends MySqlQuerySyntax {

  private final FunctionSyntax functions = new MariaDbFunctionSyntax();

  /** Creates the MariaDB query syntax. */
  public MariaDbQuerySyntax() {}

  @Override
  public void renderLock(RenderContext context, LockStrength strength, LockWait wait) {
    if (strength == LockStrength.SHARE) {
      context.sql(" LOCK IN SHARE MODE");
      renderLockWait(context, wait);
    } else {
      super.renderLock(context, strength, wait);
    }
  }

  @Override
  public FunctionSyntax functions() {
    return functions;
  }
}
