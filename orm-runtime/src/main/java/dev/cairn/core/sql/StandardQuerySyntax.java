package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Standard SQL query syntax; dialects extend this and override what differs. */
public class StandardQuerySyntax implements QuerySyntax {

  /** Creates the standard syntax. */
  public StandardQuerySyntax() {}

  @Override
  public void renderLimitOffset(
      RenderContext context, @Nullable Expression<?> limit, @Nullable Expression<?> offset) {
    if (limit != null) {
      context.sql(" LIMIT ").visit(limit);
    }
    if (offset != null) {
      context.sql(" OFFSET ").visit(offset);
    }
  }

  @Override
  public void renderSortOrder(
      RenderContext context, SqlNode key, SortOrder.Direction direction, SortOrder.Nulls nulls) {
    context.visit(key).sql(direction == SortOrder.Direction.ASC ? " ASC" : " DESC");
    if (nulls != SortOrder.Nulls.DEFAULT) {
      context.sql(nulls == SortOrder.Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
    }
  }

  @Override
  public boolean supportsJoin(JoinType type) {
    return true;
  }

  @Override
  public boolean supportsSetOperation(SetOperator operator) {
    return true;
  }

  @Override
  public boolean supportsParenthesizedSetOperands() {
    return true;
  }

  @Override
  public void renderLock(RenderContext context, LockStrength strength, LockWait wait) {
    context.sql(strength == LockStrength.UPDATE ? " FOR UPDATE" : " FOR SHARE");
    renderLockWait(context, wait);
  }

  /** Renders {@code NOWAIT} or {@code SKIP LOCKED} (with a leading space), or nothing. */
  protected void renderLockWait(RenderContext context, LockWait wait) {
    switch (wait) {
      case WAIT -> {}
      case NOWAIT -> context.sql(" NOWAIT");
      case SKIP_LOCKED -> context.sql(" SKIP LOCKED");
    }
  }

  @Override
  public void renderConcat(RenderContext context, List<? extends Expression<?>> operands) {
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        context.sql(" || ");
      }
      Operators.renderOperand(context, operands.get(i));
    }
  }

  @Override
  public boolean supportsIlike() {
    return false;
  }

  @Override
  public String characterLengthFunction() {
    return "LENGTH";
  }

  @Override
  public String currentTimestampSql() {
    return "LOCALTIMESTAMP";
  }

  @Override
  public boolean supportsGroupByPosition() {
    return true;
  }

  @Override
  public FunctionSyntax functions() {
    return StandardFunctionSyntax.STANDARD;
  }

  /** A {@code CairnException} saying that {@code feature} is not supported, and what to do. */
  protected static CairnException unsupported(RenderContext context, String feature, String hint) {
    return new CairnException(
        feature + " is not supported by " + context.dialect().name() + "; " + hint);
  }
}
