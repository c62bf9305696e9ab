package dev.cairn.core.sql;

/** A condition that is always true ({@code 1 = 1}) or always false ({@code 1 = 0}). */
record Truth(boolean value) implements Condition {

  @Override
  public void render(RenderContext context) {
    context.sql(value ? "1 = 1" : "1 = 0");
  }
}
