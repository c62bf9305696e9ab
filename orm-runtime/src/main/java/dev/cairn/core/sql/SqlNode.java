package dev.cairn.core.sql;

/** A part of a SQL statement that can write itself into a {@link RenderContext}. */
public interface SqlNode {

  /** Appends this node's SQL (and its bound parameters) to {@code context}. */
  void render(RenderContext context);
}
