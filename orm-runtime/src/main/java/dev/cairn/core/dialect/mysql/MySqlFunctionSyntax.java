package dev.cairn.core.dialect.mysql;

import dev.cairn.core.sql.DatePart;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.StandardFunctionSyntax;

/**
 * MySQL's reporting functions: {@code EXTRACT} for the standard fields, {@code WEEK(x, 3)} (ISO
 * weeks), {@code WEEKDAY(x) + 1}, {@code DAYOFYEAR(x)}; truncation through {@code DATE_FORMAT}
 * (there is no {@code DATE_TRUNC}); {@code DATE_ADD(x, INTERVAL n DAY)}.
 */
public class MySqlFunctionSyntax extends StandardFunctionSyntax {

  /** Creates MySQL's function syntax. */
  public MySqlFunctionSyntax() {}

  @Override
  public void renderExtract(RenderContext context, DatePart part, Expression<?> operand) {
    switch (part) {
      case WEEK -> context.sql("WEEK(").visit(operand).sql(", 3)");
      case DAY_OF_WEEK -> context.sql("(WEEKDAY(").visit(operand).sql(") + 1)");
      case DAY_OF_YEAR -> context.sql("DAYOFYEAR(").visit(operand).sql(')');
      default -> super.renderExtract(context, part, operand);
    }
  }

  @Override
  public void renderDateTrunc(RenderContext context, DatePart unit, Expression<?> operand) {
    context.sql("CAST(");
    switch (unit) {
      case DAY -> context.sql("DATE(").visit(operand).sql(')');
      case WEEK -> {
        context.sql("DATE_SUB(DATE(").visit(operand).sql("), INTERVAL WEEKDAY(");
        context.visit(operand).sql(") DAY)");
      }
      case QUARTER -> {
        context.sql("MAKEDATE(YEAR(").visit(operand).sql("), 1) + INTERVAL (QUARTER(");
        context.visit(operand).sql(") - 1) QUARTER");
      }
      default -> context.sql("DATE_FORMAT(").visit(operand).sql(", '").sql(format(unit)).sql("')");
    }
    context.sql(" AS DATETIME)");
  }

  private static String format(DatePart unit) {
    return switch (unit) {
      case YEAR -> "%Y-01-01";
      case MONTH -> "%Y-%m-01";
      case HOUR -> "%Y-%m-%d %H:00:00";
      case MINUTE -> "%Y-%m-%d %H:%i:00";
      default -> "%Y-%m-%d %H:%i:%s";
    };
  }

  @Override
  public void renderDateAdd(
      RenderContext context, Expression<?> operand, Expression<?> amount, DatePart unit) {
    context.sql("DATE_ADD(").visit(operand).sql(", INTERVAL ");
    renderOperand(context, amount);
    context.sql(' ').sql(unit.name()).sql(')');
  }
}
