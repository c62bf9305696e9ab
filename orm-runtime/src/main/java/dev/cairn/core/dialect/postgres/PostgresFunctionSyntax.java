package dev.cairn.core.dialect.postgres;

import dev.cairn.core.sql.DatePart;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.StandardFunctionSyntax;
import dev.cairn.core.sql.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's reporting functions: {@code EXTRACT} cast to INTEGER (it returns NUMERIC; seconds
 * are floored first), {@code DATE_TRUNC('month', x)}, {@code x + MAKE_INTERVAL(days => n)}, and
 * {@code ROUND} of floating-point values through NUMERIC (PostgreSQL has no {@code ROUND(double,
 * int)}).
 */
public class PostgresFunctionSyntax extends StandardFunctionSyntax {

  /** Creates PostgreSQL's function syntax. */
  public PostgresFunctionSyntax() {}

  @Override
  public void renderExtract(RenderContext context, DatePart part, Expression<?> operand) {
    String field =
        switch (part) {
          case DAY_OF_WEEK -> "ISODOW";
          case DAY_OF_YEAR -> "DOY";
          default -> part.name();
        };
    context.sql(part == DatePart.SECOND ? "CAST(FLOOR(EXTRACT(" : "CAST(EXTRACT(");
    context.sql(field).sql(" FROM ").visit(operand);
    context.sql(part == DatePart.SECOND ? ")) AS INTEGER)" : ") AS INTEGER)");
  }

  @Override
  public void renderDateTrunc(RenderContext context, DatePart unit, Expression<?> operand) {
    context.sql("DATE_TRUNC('").sql(lowerName(unit)).sql("', ").visit(operand).sql(')');
  }

  @Override
  public void renderDateAdd(
      RenderContext context, Expression<?> operand, Expression<?> amount, DatePart unit) {
    boolean date = operand.type().kind() == TypeKind.DATE;
    if (date) {
      context.sql("CAST(");
    }
    renderOperand(context, operand);
    context.sql(" + MAKE_INTERVAL(").sql(argument(unit)).sql(" => ");
    if (unit == DatePart.QUARTER) {
      context.sql("3 * ");
    }
    if (amount.type().kind() == TypeKind.BIGINT) {
      context.sql("CAST(").visit(amount).sql(" AS INTEGER)");
    } else {
      renderOperand(context, amount);
    }
    context.sql(')');
    if (date) {
      context.sql(" AS DATE)");
    }
  }

  private static String argument(DatePart unit) {
    return switch (unit) {
      case YEAR -> "years";
      case QUARTER, MONTH -> "months";
      case WEEK -> "weeks";
      case HOUR -> "hours";
      case MINUTE -> "mins";
      case SECOND -> "secs";
      default -> "days";
    };
  }

  @Override
  public void renderRound(
      RenderContext context, Expression<?> operand, @Nullable Expression<?> digits) {
    TypeKind kind = operand.type().kind();
    if (digits == null || (kind != TypeKind.DOUBLE && kind != TypeKind.REAL)) {
      super.renderRound(context, operand, digits);
      return;
    }
    context.sql("CAST(ROUND(CAST(").visit(operand).sql(" AS NUMERIC), ").visit(digits);
    context.sql(") AS ").sql(context.dialect().types().castTypeName(operand.type())).sql(')');
  }
}
