package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.TypeKind;

/** The checks {@link Functions} makes when a function is built, each failing with what to do. */
final class FunctionChecks {

  private FunctionChecks() {}

  /** {@code unit} is a unit of time, not a day of the week or of the year. */
  static void unit(String function, DatePart unit) {
    if (!unit.isUnit()) {
      throw new CairnException(
          "Functions."
              + function
              + " takes a unit of time (YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND),"
              + " not "
              + unit
              + "; use Functions.extract for "
              + unit);
    }
  }

  /** {@code operand} is a DATE or TIMESTAMP; a DATE only with a {@code part} of whole days. */
  static void dateOrTimestamp(String function, Expression<?> operand, DatePart part) {
    TypeKind kind = operand.type().kind();
    if (kind == TypeKind.DATE && part.isTimeOfDay()) {
      throw new CairnException(
          "Functions."
              + function
              + " needs a time of day, but "
              + operand
              + " is a DATE; cast it to a timestamp with Sql.cast(…, SqlTypes.TIMESTAMP)");
    }
    if (kind != TypeKind.DATE && kind != TypeKind.TIMESTAMP) {
      throw temporalError(function, operand, "a DATE or TIMESTAMP");
    }
  }

  /** {@code operand} is a TIMESTAMP (without time zone). */
  static void timestamp(String function, Expression<?> operand) {
    if (operand.type().kind() != TypeKind.TIMESTAMP) {
      throw temporalError(function, operand, "a TIMESTAMP");
    }
  }

  /** {@code amount} is a SMALLINT, INTEGER or BIGINT expression. */
  static void integral(String function, Expression<?> amount) {
    TypeKind kind = amount.type().kind();
    if (kind != TypeKind.SMALLINT && kind != TypeKind.INTEGER && kind != TypeKind.BIGINT) {
      throw new CairnException(
          "Functions."
              + function
              + " adds a whole number of units, but its amount "
              + amount
              + " is "
              + amount.type()
              + "; pass an integer expression or cast it with Sql.cast(…, SqlTypes.INTEGER)");
    }
  }

  /** {@code value}, the {@code what} of {@code function}, is at least 1. */
  static void positive(String function, String what, int value) {
    if (value < 1) {
      throw new CairnException("Functions." + function + " needs " + what + " >= 1, got " + value);
    }
  }

  /** {@code value}, the {@code what} of {@code function}, is at least 0. */
  static void notNegative(String function, String what, int value) {
    if (value < 0) {
      throw new CairnException("Functions." + function + " needs " + what + " >= 0, got " + value);
    }
  }

  private static CairnException temporalError(
      String function, Expression<?> operand, String expected) {
    return new CairnException(
        "Functions."
            + function
            + " needs "
            + expected
            + ", but "
            + operand
            + " is "
            + operand.type()
            + "; pass a column or expression of that type, or cast it with Sql.cast");
  }
}
