package dev.cairn.core.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The query-side differences between databases, one small hook or capability per difference. {@link
 * StandardQuerySyntax} renders standard SQL; dialects override what they do differently.
 */
public interface QuerySyntax {

  /** Renders the LIMIT/OFFSET clause (with a leading space), or nothing when both are null. */
  void renderLimitOffset(
      RenderContext context, @Nullable Expression<?> limit, @Nullable Expression<?> offset);

  /**
   * Renders one ORDER BY item: {@code key} (an expression or a select-list label), its direction
   * and, unless {@code nulls} is {@code DEFAULT}, where NULLs sort.
   */
  void renderSortOrder(
      RenderContext context, SqlNode key, SortOrder.Direction direction, SortOrder.Nulls nulls);

  /** Whether the database can run a join of {@code type}; unsupported ones fail to compile. */
  boolean supportsJoin(JoinType type);

  /** Whether the database can run the set operation {@code operator}. */
  boolean supportsSetOperation(SetOperator operator);

  /**
   * Whether a member of a UNION/INTERSECT/EXCEPT may be written in parentheses; when not, members
   * that need them (ORDER BY, LIMIT, nested set operations) are wrapped as derived tables.
   */
  boolean supportsParenthesizedSetOperands();

  /**
   * Renders the row-locking clause (with a leading space) for {@code strength} and {@code wait}, or
   * fails with a {@code CairnException} when the database cannot honour it.
   */
  void renderLock(RenderContext context, LockStrength strength, LockWait wait);

  /** Renders the concatenation of {@code operands} as text. */
  void renderConcat(RenderContext context, List<? extends Expression<?>> operands);

  /** Whether {@code ILIKE} is native; otherwise it is written {@code LOWER(x) LIKE LOWER(?)}. */
  boolean supportsIlike();

  /** The function that counts the characters (not bytes) of a string. */
  String characterLengthFunction();

  /** The SQL for the current local date and time as a timestamp without time zone. */
  String currentTimestampSql();

  /**
   * Whether GROUP BY can name a select-list column by its position ({@code GROUP BY 1}); where it
   * cannot, a GROUP BY item that repeats a select-list column with bound values names its label.
   */
  boolean supportsGroupByPosition();

  /** How this database writes the reporting functions (dates, numbers, window offsets). */
  FunctionSyntax functions();
}
