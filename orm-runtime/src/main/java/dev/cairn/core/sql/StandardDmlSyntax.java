package dev.cairn.core.sql;

import java.util.List;

/**
 * Standard SQL data-change syntax; dialects extend this and override what differs. The standard
 * upsert is a {@code MERGE} whose source rows are named {@code excluded}; {@link
 * #renderOnConflictUpsert} offers the {@code INSERT … ON CONFLICT} form for dialects that have it.
 */
public class StandardDmlSyntax implements DmlSyntax {

  /** The name of the rows an upsert tried to insert, in MERGE and ON CONFLICT alike. */
  protected static final String EXCLUDED = "excluded";

  /** Creates the standard syntax. */
  public StandardDmlSyntax() {}

  @Override
  public boolean supportsInsertReturning() {
    return false;
  }

  @Override
  public void renderReturning(RenderContext context, List<Expression<?>> returning) {
    boolean qualify = context.qualifyColumns(false);
    context.sql(" RETURNING ").visit(returning, ", ");
    context.qualifyColumns(qualify);
  }

  @Override
  public void renderDefaultValues(RenderContext context) {
    context.sql(" DEFAULT VALUES");
  }

  @Override
  public void renderExcluded(RenderContext context, ColumnReference<?> column) {
    context.qualified(EXCLUDED, column.name());
  }

  /**
   * Renders {@code MERGE INTO t USING (VALUES …) AS excluded (…) ON t.k = excluded.k WHEN MATCHED
   * THEN UPDATE SET … WHEN NOT MATCHED THEN INSERT (…) VALUES (excluded.…)}.
   */
  @Override
  public void renderUpsert(RenderContext context, UpsertParts upsert) {
    String table = upsert.table().name();
    context.sql("MERGE INTO ").identifier(table).sql(" USING (VALUES ");
    upsert.renderRows(context);
    context.sql(") AS ").identifier(EXCLUDED);
    upsert.renderColumns(context, upsert.columns());
    context.sql(" ON ");
    List<ColumnReference<?>> keys = upsert.conflictKeys();
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        context.sql(" AND ");
      }
      String key = keys.get(i).name();
      context.qualified(table, key).sql(" = ").qualified(EXCLUDED, key);
    }
    if (!upsert.doNothing()) {
      context.sql(" WHEN MATCHED THEN UPDATE SET ");
      upsert.renderUpdates(context);
    }
    context.sql(" WHEN NOT MATCHED THEN INSERT");
    upsert.renderColumns(context, upsert.columns());
    context.sql(" VALUES (");
    List<ColumnReference<?>> columns = upsert.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        context.sql(", ");
      }
      renderExcluded(context, columns.get(i));
    }
    context.sql(')');
  }

  /**
   * Renders {@code INSERT … ON CONFLICT (k) DO UPDATE SET …} or {@code … DO NOTHING}, the upsert of
   * PostgreSQL and SQLite.
   */
  protected void renderOnConflictUpsert(RenderContext context, UpsertParts upsert) {
    upsert.renderInsert(context);
    context.sql(" ON CONFLICT");
    upsert.renderColumns(context, upsert.conflictKeys());
    if (upsert.doNothing()) {
      context.sql(" DO NOTHING");
    } else {
      context.sql(" DO UPDATE SET ");
      upsert.renderUpdates(context);
    }
  }
}
