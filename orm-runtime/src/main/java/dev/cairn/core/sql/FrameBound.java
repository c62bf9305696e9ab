package dev.cairn.core.sql;

/**
 * One end of a window frame. Offsets are non-negative integers written into the SQL (not bound),
 * because several databases accept only constants there; they are structure, not data.
 *
 * @param kind which bound
 * @param offset the row offset for {@code PRECEDING}/{@code FOLLOWING}, else 0
 */
public record FrameBound(Kind kind, long offset) implements SqlNode {

  /** The kinds of frame bound. */
  public enum Kind {
    UNBOUNDED_PRECEDING,
    PRECEDING,
    CURRENT_ROW,
    FOLLOWING,
    UNBOUNDED_FOLLOWING
  }

  /** Checks the offset. */
  public FrameBound {
    if (offset < 0) {
      throw new IllegalArgumentException("Window frame offset must be >= 0, got " + offset);
    }
  }

  /** {@code UNBOUNDED PRECEDING}. */
  public static FrameBound unboundedPreceding() {
    return new FrameBound(Kind.UNBOUNDED_PRECEDING, 0);
  }

  /** {@code n PRECEDING}. */
  public static FrameBound preceding(long n) {
    return new FrameBound(Kind.PRECEDING, n);
  }

  /** {@code CURRENT ROW}. */
  public static FrameBound currentRow() {
    return new FrameBound(Kind.CURRENT_ROW, 0);
  }

  /** {@code n FOLLOWING}. */
  public static FrameBound following(long n) {
    return new FrameBound(Kind.FOLLOWING, n);
  }

  /** {@code UNBOUNDED FOLLOWING}. */
  public static FrameBound unboundedFollowing() {
    return new FrameBound(Kind.UNBOUNDED_FOLLOWING, 0);
  }

  @Override
  public void render(RenderContext context) {
    switch (kind) {
      case UNBOUNDED_PRECEDING -> context.sql("UNBOUNDED PRECEDING");
      case PRECEDING -> context.sql(Long.toString(offset)).sql(" PRECEDING");
      case CURRENT_ROW -> context.sql("CURRENT ROW");
      case FOLLOWING -> context.sql(Long.toString(offset)).sql(" FOLLOWING");
      case UNBOUNDED_FOLLOWING -> context.sql("UNBOUNDED FOLLOWING");
    }
  }
}
