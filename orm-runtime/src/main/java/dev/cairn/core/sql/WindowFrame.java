package dev.cairn.core.sql;

/**
 * A window frame: {@code ROWS|RANGE BETWEEN start AND end}.
 *
 * @param unit rows or range
 * @param start the first row of the frame
 * @param end the last row of the frame
 */
public record WindowFrame(Unit unit, FrameBound start, FrameBound end) implements SqlNode {

  /** How the frame counts. */
  public enum Unit {
    ROWS,
    RANGE
  }

  @Override
  public void render(RenderContext context) {
    context.sql(unit.name()).sql(" BETWEEN ").visit(start).sql(" AND ").visit(end);
  }
}
