package dev.cairn.core.sql;

import java.util.List;

/**
 * The differences between databases in INSERT, UPDATE, DELETE, RETURNING and upsert. {@link
 * StandardDmlSyntax} renders standard SQL; dialects override what they do differently.
 */
public interface DmlSyntax {

  /** Whether INSERT … RETURNING is supported natively. */
  boolean supportsInsertReturning();

  /** Whether UPDATE … RETURNING is supported natively. */
  default boolean supportsUpdateReturning() {
    return false;
  }

  /** Whether DELETE … RETURNING is supported natively. */
  default boolean supportsDeleteReturning() {
    return false;
  }

  /** Whether an upsert can carry a RETURNING clause natively. */
  default boolean supportsUpsertReturning() {
    return false;
  }

  /** Renders the RETURNING clause with a leading space: {@code " RETURNING a, b"}. */
  void renderReturning(RenderContext context, List<Expression<?>> returning);

  /**
   * Renders what follows {@code INSERT INTO t} when no column is given: {@code " DEFAULT VALUES"}
   * in standard SQL.
   */
  void renderDefaultValues(RenderContext context);

  /**
   * Renders the value an upsert tried to insert into {@code column}, inside its update part: {@code
   * EXCLUDED.c} in PostgreSQL and SQLite, {@code VALUES(c)} in MySQL.
   */
  void renderExcluded(RenderContext context, ColumnReference<?> column);

  /** Renders a whole upsert ({@code INSERT … ON CONFLICT}, {@code MERGE}, …). */
  void renderUpsert(RenderContext context, UpsertParts upsert);
}
