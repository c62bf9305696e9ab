package dev.cairn.core.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a database writes the reporting functions of {@link Functions} where databases differ, one
 * hook per function; reached through {@link QuerySyntax#functions()}. {@link
 * StandardFunctionSyntax} writes standard SQL and refuses what standard SQL cannot say; each
 * dialect overrides what it writes differently. A hook that the database cannot express throws a
 * {@code CairnException} naming the function and the dialect.
 */
public interface FunctionSyntax {

  /**
   * Renders {@code part} of {@code operand} (a DATE or TIMESTAMP) as an integer, with the meaning
   * {@link DatePart} documents.
   */
  void renderExtract(RenderContext context, DatePart part, Expression<?> operand);

  /** Renders the TIMESTAMP {@code operand} truncated to the start of its {@code unit}. */
  void renderDateTrunc(RenderContext context, DatePart unit, Expression<?> operand);

  /**
   * Renders {@code operand} (a DATE or TIMESTAMP, which the result keeps as its type) plus {@code
   * amount} (an integer, negative to go back) {@code unit}s.
   */
  void renderDateAdd(
      RenderContext context, Expression<?> operand, Expression<?> amount, DatePart unit);

  /** Renders the greatest (or, when {@code greatest} is false, least) of {@code operands}. */
  void renderExtremum(
      RenderContext context, boolean greatest, List<? extends Expression<?>> operands);

  /** Renders {@code operand} rounded to {@code digits} decimal places, or to an integer if null. */
  void renderRound(RenderContext context, Expression<?> operand, @Nullable Expression<?> digits);

  /** Whether LAG and LEAD take a default value for rows before the first or after the last. */
  boolean supportsOffsetDefault();
}
