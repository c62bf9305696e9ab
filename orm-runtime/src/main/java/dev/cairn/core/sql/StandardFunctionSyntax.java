package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The reporting functions in standard SQL: {@code EXTRACT(YEAR FROM x)} for the standard fields,
 * {@code GREATEST}, {@code LEAST}, {@code ROUND}, {@code LAG(x, n, default)}. Standard SQL has no
 * date truncation, no interval of a computed length and no ISO week fields, so those are refused;
 * each dialect extends this class and writes them its own way.
 */
public class StandardFunctionSyntax implements FunctionSyntax {

  /** The standard syntax, for a dialect that overrides nothing. */
  public static final StandardFunctionSyntax STANDARD = new StandardFunctionSyntax();

  /** Creates the standard function syntax. */
  public StandardFunctionSyntax() {}

  @Override
  public void renderExtract(RenderContext context, DatePart part, Expression<?> operand) {
    if (part == DatePart.WEEK || part == DatePart.DAY_OF_WEEK || part == DatePart.DAY_OF_YEAR) {
      throw unsupported(
          context, "extract(" + part + ")", "extract the date and compute it in Java");
    }
    context.sql("EXTRACT(").sql(part.name()).sql(" FROM ").visit(operand).sql(')');
  }

  @Override
  public void renderDateTrunc(RenderContext context, DatePart unit, Expression<?> operand) {
    throw unsupported(context, "dateTrunc", "select the timestamp and truncate it in Java");
  }

  @Override
  public void renderDateAdd(
      RenderContext context, Expression<?> operand, Expression<?> amount, DatePart unit) {
    throw unsupported(context, "dateAdd", "compute the date in Java and bind it");
  }

  @Override
  public void renderExtremum(
      RenderContext context, boolean greatest, List<? extends Expression<?>> operands) {
    context.sql(greatest ? "GREATEST(" : "LEAST(").visit(operands, ", ").sql(')');
  }

  @Override
  public void renderRound(
      RenderContext context, Expression<?> operand, @Nullable Expression<?> digits) {
    context.sql("ROUND(").visit(operand);
    if (digits != null) {
      context.sql(", ").visit(digits);
    }
    context.sql(')');
  }

  @Override
  public boolean supportsOffsetDefault() {
    return true;
  }

  /**
   * Renders {@code operand}, parenthesised where it is an operator expression (as {@code a + b}).
   */
  protected static void renderOperand(RenderContext context, Expression<?> operand) {
    Operators.renderOperand(context, operand);
  }

  /** The lower-case name of {@code part}, as PostgreSQL and SQLite's modifiers spell units. */
  protected static String lowerName(DatePart part) {
    return part.name().toLowerCase(Locale.ROOT);
  }

  /** A {@code CairnException}: {@code function} cannot be written for this dialect; what to do. */
  protected static CairnException unsupported(RenderContext context, String function, String hint) {
    return new CairnException(
        "Functions." + function + " is not supported by " + context.dialect().name() + "; " + hint);
  }
}
