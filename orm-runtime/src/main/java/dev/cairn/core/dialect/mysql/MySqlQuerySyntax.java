package dev.cairn.core.dialect.mysql;

import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.FunctionSyntax;
import dev.cairn.core.sql.JoinType;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.SortOrder;
import dev.cairn.core.sql.SqlNode;
import dev.cairn.core.sql.StandardQuerySyntax;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's query syntax: {@code CONCAT(…)} (as {@code ||} means OR), {@code CHAR_LENGTH}, NULLS
 * FIRST/LAST emulated by sorting on {@code x IS NULL}, an OFFSET always with a LIMIT, no FULL OUTER
 * JOIN.
 */
public class MySqlQuerySyntax extends StandardQuerySyntax {

  /** MySQL's documented "no limit" row count, for an OFFSET without a LIMIT. */
  private static final String NO_LIMIT = "18446744073709551615";

  private final FunctionSyntax functions = new MySqlFunctionSyntax();

  /** Creates the MySQL query syntax. */
  public MySqlQuerySyntax() {}

  @Override
  public void renderLimitOffset(
      RenderContext context, @Nullable Expression<?> limit, @Nullable Expression<?> offset) {
    if (limit == null && offset != null) {
      context.sql(" LIMIT ").sql(NO_LIMIT).sql(" OFFSET ").visit(offset);
    } else {
      super.renderLimitOffset(context, limit, offset);
    }
  }

  @Override
  public void renderSortOrder(
      RenderContext context, SqlNode key, SortOrder.Direction direction, SortOrder.Nulls nulls) {
    if (nulls != SortOrder.Nulls.DEFAULT) {
      context.visit(key).sql(nulls == SortOrder.Nulls.FIRST ? " IS NULL DESC, " : " IS NULL, ");
    }
    super.renderSortOrder(context, key, direction, SortOrder.Nulls.DEFAULT);
  }

  @Override
  public boolean supportsJoin(JoinType type) {
    return type != JoinType.FULL;
  }

  @Override
  public void renderConcat(RenderContext context, List<? extends Expression<?>> operands) {
    context.sql("CONCAT(").visit(operands, ", ").sql(')');
  }

  @Override
  public String characterLengthFunction() {
    return "CHAR_LENGTH";
  }

  @Override
  public FunctionSyntax functions() {
    return functions;
  }
}
