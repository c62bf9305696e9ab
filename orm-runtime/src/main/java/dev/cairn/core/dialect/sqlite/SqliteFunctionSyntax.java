package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.sql.DatePart;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.StandardFunctionSyntax;
import dev.cairn.core.sql.type.TypeKind;
import java.util.List;

/**
 * SQLite's reporting functions, over its date and time text: parts through {@code strftime} (ISO
 * weeks computed from the week's Thursday), truncation and arithmetic through {@code strftime} with
 * modifiers ({@code x || ' days'}, so a NULL amount gives NULL), writing timestamps as Cairn stores
 * them ({@code YYYY-MM-DD HH:MM:SS.SSSSSS}, SQLite computing to the millisecond); months and years
 * added with the {@code floor} modifier (SQLite 3.46 or newer) so that January 31 plus a month is
 * February's last day, as elsewhere. {@code GREATEST} and {@code LEAST} are SQLite's scalar {@code
 * MAX} and {@code MIN}.
 */
public class SqliteFunctionSyntax extends StandardFunctionSyntax {

  /** Creates SQLite's function syntax. */
  public SqliteFunctionSyntax() {}

  @Override
  public void renderExtract(RenderContext context, DatePart part, Expression<?> operand) {
    switch (part) {
      case QUARTER -> {
        context.sql("((CAST(strftime('%m', ").visit(operand).sql(") AS INTEGER) + 2) / 3)");
      }
      case DAY_OF_WEEK -> {
        context.sql("((CAST(strftime('%w', ").visit(operand).sql(") AS INTEGER) + 6) % 7 + 1)");
      }
      case WEEK -> {
        context.sql("((CAST(strftime('%j', ").visit(operand);
        context.sql(", '-3 days', 'weekday 4') AS INTEGER) - 1) / 7 + 1)");
      }
      default -> {
        context.sql("CAST(strftime('").sql(format(part)).sql("', ").visit(operand);
        context.sql(") AS INTEGER)");
      }
    }
  }

  private static String format(DatePart part) {
    return switch (part) {
      case YEAR -> "%Y";
      case MONTH -> "%m";
      case DAY -> "%d";
      case DAY_OF_YEAR -> "%j";
      case HOUR -> "%H";
      case MINUTE -> "%M";
      default -> "%S";
    };
  }

  @Override
  public void renderDateTrunc(RenderContext context, DatePart unit, Expression<?> operand) {
    String format =
        switch (unit) {
          case YEAR -> "%Y-01-01 00:00:00";
          case QUARTER, MONTH -> "%Y-%m-01 00:00:00";
          case WEEK, DAY -> "%Y-%m-%d 00:00:00";
          case HOUR -> "%Y-%m-%d %H:00:00";
          case MINUTE -> "%Y-%m-%d %H:%M:00";
          default -> "%Y-%m-%d %H:%M:%S";
        };
    context.sql("strftime('").sql(format).sql("', ").visit(operand);
    if (unit == DatePart.WEEK) {
      context.sql(", '-6 days', 'weekday 1'");
    } else if (unit == DatePart.QUARTER) {
      context.sql(", printf('-%d months', (CAST(strftime('%m', ").visit(operand);
      context.sql(") AS INTEGER) - 1) % 3)");
    }
    context.sql(')');
  }

  @Override
  public void renderDateAdd(
      RenderContext context, Expression<?> operand, Expression<?> amount, DatePart unit) {
    boolean date = operand.type().kind() == TypeKind.DATE;
    // A timestamp in Cairn's stored form, the shortest: no trailing zeros in the fraction.
    context.sql(date ? "date(" : "rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', ").visit(operand);
    context.sql(", ");
    if (unit == DatePart.WEEK || unit == DatePart.QUARTER) {
      context.sql(unit == DatePart.WEEK ? "(7 * " : "(3 * ");
      renderOperand(context, amount);
      context.sql(')');
    } else {
      renderOperand(context, amount);
    }
    context.sql(" || ' ").sql(modifier(unit)).sql("'");
    if (unit == DatePart.YEAR || unit == DatePart.QUARTER || unit == DatePart.MONTH) {
      context.sql(", 'floor'");
    }
    context.sql(date ? ")" : "), '0'), '.')");
  }

  private static String modifier(DatePart unit) {
    return switch (unit) {
      case YEAR -> "years";
      case QUARTER, MONTH -> "months";
      case WEEK, DAY -> "days";
      case HOUR -> "hours";
      case MINUTE -> "minutes";
      default -> "seconds";
    };
  }

  @Override
  public void renderExtremum(
      RenderContext context, boolean greatest, List<? extends Expression<?>> operands) {
    context.sql(greatest ? "MAX(" : "MIN(").visit(operands, ", ").sql(')');
  }
}
