package dev.cairn.orm.internal.query;

import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.SortOrder;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Statement;
import dev.cairn.orm.Criterion;
import dev.cairn.orm.Ordering;
import dev.cairn.orm.internal.loading.LoadPlan;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a query asks for, as data: filters, orderings, limit and offset (-1 when absent), or a
 * statement supplying the rows; and the relationship loading plan. Immutable; the {@code with*}
 * methods return changed copies.
 */
record QuerySpec<T>(
    List<Criterion<T>> filters,
    List<Ordering<T>> orderings,
    long limit,
    long offset,
    @Nullable Statement source,
    LoadPlan plan) {

  QuerySpec {
    filters = List.copyOf(filters);
    orderings = List.copyOf(orderings);
  }

  static <T> QuerySpec<T> empty() {
    return new QuerySpec<>(List.of(), List.of(), -1, -1, null, LoadPlan.NONE);
  }

  QuerySpec<T> withFilter(Criterion<T> filter) {
    List<Criterion<T>> all = new ArrayList<>(filters);
    all.add(filter);
    return new QuerySpec<>(all, orderings, limit, offset, source, plan);
  }

  QuerySpec<T> withOrderings(List<Ordering<T>> more) {
    List<Ordering<T>> all = new ArrayList<>(orderings);
    all.addAll(more);
    return new QuerySpec<>(filters, all, limit, offset, source, plan);
  }

  QuerySpec<T> withLimit(long newLimit) {
    return new QuerySpec<>(filters, orderings, newLimit, offset, source, plan);
  }

  QuerySpec<T> withOffset(long newOffset) {
    return new QuerySpec<>(filters, orderings, limit, newOffset, source, plan);
  }

  QuerySpec<T> withSource(Statement statement) {
    return new QuerySpec<>(filters, orderings, limit, offset, statement, plan);
  }

  QuerySpec<T> withPlan(LoadPlan newPlan) {
    return new QuerySpec<>(filters, orderings, limit, offset, source, newPlan);
  }

  /** Whether anything but filters was given (which bulk statements and sources cannot take). */
  boolean hasPaging() {
    return limit >= 0 || offset >= 0;
  }

  /** The filters ANDed into one condition over {@code model}'s columns, or null when none. */
  @Nullable Condition where(EntityModel<?> model) {
    if (filters.isEmpty()) {
      return null;
    }
    List<Condition> conditions = new ArrayList<>(filters.size());
    for (Criterion<T> filter : filters) {
      conditions.add(filter.toCondition(model));
    }
    return conditions.size() == 1 ? conditions.get(0) : Sql.and(conditions);
  }

  /** The entity SELECT: every column property, filters, orderings, limit and offset. */
  Select select(EntityModel<?> model) {
    List<Expression<?>> columns = new ArrayList<>(model.columnProperties().size());
    for (PropertyModel property : model.columnProperties()) {
      columns.add(property.column());
    }
    return restrict(Sql.select(columns).from(model.table()), model, true);
  }

  /** {@code select} with this spec's filters, and with its orderings and paging if asked. */
  Select restrict(Select select, EntityModel<?> model, boolean orderAndPage) {
    Select result = select;
    Condition where = where(model);
    if (where != null) {
      result = result.where(where);
    }
    if (!orderAndPage) {
      return result;
    }
    if (!orderings.isEmpty()) {
      SortOrder[] orders = new SortOrder[orderings.size()];
      for (int i = 0; i < orders.length; i++) {
        orders[i] = orderings.get(i).toSortOrder(model);
      }
      result = result.orderBy(orders);
    }
    if (limit >= 0) {
      result = result.limit(limit);
    }
    if (offset >= 0) {
      result = result.offset(offset);
    }
    return result;
  }
}
