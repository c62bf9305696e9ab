package dev.cairn.orm.internal.query;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.ColumnReference;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Delete;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Update;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.mapping.EntityModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bulk UPDATE and DELETE by a query's filters: one statement, then {@link
 * QueryContext#afterBulkChange} so the identity map agrees with the database again.
 */
final class BulkStatements {

  private BulkStatements() {}

  static long update(
      QueryContext context, EntityModel<?> model, QuerySpec<?> spec, Map<String, ?> values) {
    requireFiltersOnly(model, spec, "update()");
    if (values.isEmpty()) {
      throw new CairnException(
          "update() of " + model.name() + " without values; give property names and new values");
    }
    Map<ColumnReference<?>, @Nullable Object> assignments = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      Criteria<?, Object> property = Criteria.named(entry.getKey());
      Object value = property.toColumnValue(model, entry.getValue());
      assignments.put(property.resolve(model).column(), value);
    }
    Update update = Sql.update(model.table()).set(assignments);
    Condition where = spec.where(model);
    update = where == null ? update.all() : update.where(where);
    context.autoflush();
    long changed = context.connection().executeUpdate(update);
    context.afterBulkChange(model, QueryContext.BulkChange.UPDATED);
    return changed;
  }

  static long delete(QueryContext context, EntityModel<?> model, QuerySpec<?> spec) {
    requireFiltersOnly(model, spec, "delete()");
    Delete delete = Sql.deleteFrom(model.table());
    Condition where = spec.where(model);
    delete = where == null ? delete.all() : delete.where(where);
    context.autoflush();
    long deleted = context.connection().executeUpdate(delete);
    context.afterBulkChange(model, QueryContext.BulkChange.DELETED);
    return deleted;
  }

  private static void requireFiltersOnly(
      EntityModel<?> model, QuerySpec<?> spec, String operation) {
    if (spec.source() != null
        || spec.hasPaging()
        || !spec.orderings().isEmpty()
        || !spec.joins().isEmpty()) {
      throw new CairnException(
          operation
              + " of "
              + model.name()
              + " takes only filters, but the query has "
              + (spec.source() != null
                  ? "a given statement"
                  : spec.joins().isEmpty()
                      ? "an ordering, limit or offset"
                      : "a join (filter through relationships with Criteria.has / Criteria.any)")
              + "; remove it (bulk statements change every matching row)");
    }
  }
}
