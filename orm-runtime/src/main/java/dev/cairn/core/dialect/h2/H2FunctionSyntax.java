package dev.cairn.core.dialect.h2;

import dev.cairn.core.sql.DatePart;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.StandardFunctionSyntax;

/**
 * H2's reporting functions: {@code EXTRACT} with H2's ISO fields ({@code ISO_WEEK}, {@code
 * ISO_DAY_OF_WEEK}, {@code DAY_OF_YEAR}), {@code DATE_TRUNC(MONTH, x)} and {@code DATEADD(DAY, n,
 * x)}.
 */
public class H2FunctionSyntax extends StandardFunctionSyntax {

  /** Creates H2's function syntax. */
  public H2FunctionSyntax() {}

  @Override
  public void renderExtract(RenderContext context, DatePart part, Expression<?> operand) {
    context.sql("EXTRACT(").sql(field(part)).sql(" FROM ").visit(operand).sql(')');
  }

  @Override
  public void renderDateTrunc(RenderContext context, DatePart unit, Expression<?> operand) {
    context.sql("DATE_TRUNC(").sql(field(unit)).sql(", ").visit(operand).sql(')');
  }

  @Override
  public void renderDateAdd(
      RenderContext context, Expression<?> operand, Expression<?> amount, DatePart unit) {
    context.sql("DATEADD(").sql(unit.name()).sql(", ").visit(amount).sql(", ");
    context.visit(operand).sql(')');
  }

  private static String field(DatePart part) {
    return switch (part) {
      case WEEK -> "ISO_WEEK";
      case DAY_OF_WEEK -> "ISO_DAY_OF_WEEK";
      default -> part.name();
    };
  }
}
