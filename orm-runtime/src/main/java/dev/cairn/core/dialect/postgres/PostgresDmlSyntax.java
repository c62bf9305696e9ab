package dev.cairn.core.dialect.postgres;

import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.StandardDmlSyntax;
import dev.cairn.core.sql.UpsertParts;

/**
 * PostgreSQL's INSERT, UPDATE, DELETE, RETURNING and upsert syntax: RETURNING on every statement,
 * upsert as {@code INSERT … ON CONFLICT}.
 */
public class PostgresDmlSyntax extends StandardDmlSyntax {

  /** Creates the PostgreSQL INSERT, UPDATE, DELETE, RETURNING and upsert syntax. */
  public PostgresDmlSyntax() {}

  @Override
  public boolean supportsInsertReturning() {
    return true;
  }

  @Override
  public boolean supportsUpdateReturning() {
    return true;
  }

  @Override
  public boolean supportsDeleteReturning() {
    return true;
  }

  @Override
  public boolean supportsUpsertReturning() {
    return true;
  }

  @Override
  public void renderUpsert(RenderContext context, UpsertParts upsert) {
    renderOnConflictUpsert(context, upsert);
  }
}
