package dev.cairn.core.sql;

import java.util.List;

/**
 * Writes a {@link DefaultSelect} clause by clause, asking the dialect where databases differ; GROUP
 * BY and ORDER BY items that repeat a select-list column with bound values refer to it ({@link
 * SelectListReferences}).
 */
final class SelectRenderer {

  private SelectRenderer() {}

  static void render(DefaultSelect select, RenderContext context) {
    boolean qualified = context.qualifyColumns(true);
    try {
      renderWith(select.ctes(), select.recursive(), context);
      SelectListReferences references = SelectListReferences.of(select, context);
      context.sql(select.distinctRows() ? "SELECT DISTINCT " : "SELECT ");
      for (int i = 0; i < select.columns().size(); i++) {
        context.sql(i == 0 ? "" : ", ");
        references.renderColumn(i, context);
      }
      List<? extends FromItem> from =
          select.from().isEmpty() ? FromInference.infer(select.columns(), null) : select.from();
      if (!from.isEmpty()) {
        context.sql(" FROM ").visit(from, ", ");
      }
      if (select.where() != null) {
        context.sql(" WHERE ").visit(select.where());
      }
      if (!select.groupBy().isEmpty()) {
        context.sql(" GROUP BY ");
        for (int i = 0; i < select.groupBy().size(); i++) {
          context.sql(i == 0 ? "" : ", ");
          references.renderGroupItem(i, context);
        }
      }
      if (select.having() != null) {
        context.sql(" HAVING ").visit(select.having());
      }
      if (!select.orderBy().isEmpty()) {
        context.sql(" ORDER BY ");
        for (int i = 0; i < select.orderBy().size(); i++) {
          context.sql(i == 0 ? "" : ", ");
          references.renderOrderItem(i, context);
        }
      }
      context.dialect().query().renderLimitOffset(context, select.limit(), select.offset());
      if (select.lock() != null) {
        context.dialect().query().renderLock(context, select.lock(), select.lockWait());
      }
    } finally {
      context.qualifyColumns(qualified);
    }
  }

  /** {@code WITH [RECURSIVE] name(col, …) AS (query), … } with a trailing space, or nothing. */
  static void renderWith(
      List<CommonTableExpression> ctes, boolean recursive, RenderContext context) {
    if (ctes.isEmpty()) {
      return;
    }
    context.sql(recursive ? "WITH RECURSIVE " : "WITH ");
    for (int i = 0; i < ctes.size(); i++) {
      if (i > 0) {
        context.sql(", ");
      }
      CommonTableExpression cte = ctes.get(i);
      context.identifier(cte.name()).sql('(');
      List<String> names = QueryColumns.names(cte.query(), "common table expression " + cte.name());
      for (int n = 0; n < names.size(); n++) {
        if (n > 0) {
          context.sql(", ");
        }
        context.identifier(names.get(n));
      }
      context.sql(") AS (").visit(cte.query()).sql(')');
    }
    context.sql(' ');
  }
}
