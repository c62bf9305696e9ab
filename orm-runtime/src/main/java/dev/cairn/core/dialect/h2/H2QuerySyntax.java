package dev.cairn.core.dialect.h2;

import dev.cairn.core.sql.FunctionSyntax;
import dev.cairn.core.sql.JoinType;
import dev.cairn.core.sql.LockStrength;
import dev.cairn.core.sql.LockWait;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.StandardQuerySyntax;

/** H2's query syntax: native ILIKE; no FULL OUTER JOIN and no FOR SHARE (H2 2.4). */
public class H2QuerySyntax extends StandardQuerySyntax {

  private final FunctionSyntax functions = new H2FunctionSyntax();

  /** Creates the H2 query syntax. */
  public H2QuerySyntax() {}

  @Override
  public boolean supportsJoin(JoinType type) {
    return type != JoinType.FULL;
  }

  @Override
  public void renderLock(RenderContext context, LockStrength strength, LockWait wait) {
    if (strength == LockStrength.SHARE) {
      throw unsupported(context, "FOR SHARE", "use forUpdate(), which H2 supports");
    }
    super.renderLock(context, strength, wait);
  }

  @Override
  public boolean supportsIlike() {
    return true;
  }

  @Override
  public FunctionSyntax functions() {
    return functions;
  }

  /** H2 reads {@code GROUP BY 1} as grouping by the constant 1, so GROUP BY names labels. */
  @Override
  public boolean supportsGroupByPosition() {
    return false;
  }
}
