package dev.cairn.core.dialect.mysql;

import dev.cairn.core.sql.ColumnReference;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.StandardDmlSyntax;
import dev.cairn.core.sql.UpsertParts;

/**
 * MySQL's INSERT, UPDATE, DELETE, RETURNING and upsert syntax: no RETURNING (generated keys come
 * through JDBC), {@code () VALUES ()} for a row of defaults, upsert as {@code INSERT … ON DUPLICATE
 * KEY UPDATE}.
 */
public class MySqlDmlSyntax extends StandardDmlSyntax {

  /** Creates the MySQL INSERT, UPDATE, DELETE, RETURNING and upsert syntax. */
  public MySqlDmlSyntax() {}

  @Override
  public void renderDefaultValues(RenderContext context) {
    context.sql(" () VALUES ()");
  }

  /**
   * {@code VALUES(c)}: understood by MySQL (deprecated from 8.0.20, still accepted) and MariaDB.
   */
  @Override
  public void renderExcluded(RenderContext context, ColumnReference<?> column) {
    context.sql("VALUES(").identifier(column.name()).sql(')');
  }

  /**
   * {@code INSERT … ON DUPLICATE KEY UPDATE …}; "do nothing" assigns the first key to itself, which
   * keeps the row and, unlike INSERT IGNORE, still reports every other error.
   */
  @Override
  public void renderUpsert(RenderContext context, UpsertParts upsert) {
    upsert.renderInsert(context);
    context.sql(" ON DUPLICATE KEY UPDATE ");
    if (upsert.doNothing()) {
      String key = upsert.conflictKeys().get(0).name();
      context.identifier(key).sql(" = ").identifier(key);
    } else {
      upsert.renderUpdates(context);
    }
  }
}
