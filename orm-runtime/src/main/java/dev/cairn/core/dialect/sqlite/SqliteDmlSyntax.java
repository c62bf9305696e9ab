package dev.cairn.core.dialect.sqlite;

import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.StandardDmlSyntax;
import dev.cairn.core.sql.UpsertParts;

/**
 * SQLite's INSERT, UPDATE, DELETE, RETURNING and upsert syntax: RETURNING on every statement
 * (SQLite 3.35 and later), upsert as {@code INSERT … ON CONFLICT} (3.24 and later).
 */
public class SqliteDmlSyntax extends StandardDmlSyntax {

  /** Creates the SQLite INSERT, UPDATE, DELETE, RETURNING and upsert syntax. */
  public SqliteDmlSyntax() {}

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
