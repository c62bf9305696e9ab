package dev.cairn.orm.internal.query;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.SortOrder;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Statement;
import dev.cairn.orm.Criterion;
import dev.cairn.orm.Ordering;
import dev.cairn.orm.internal.loading.JoinedLoad;
import dev.cairn.orm.internal.loading.LoadPlan;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a query asks for, as data: filters, orderings, limit and offset (-1 when absent), or a
 * statement supplying the rows; the relationship loading plan; whether the loaded entities are
 * read-only. Immutable; the {@code with*} methods return changed copies.
 */
record QuerySpec<T>(
    List<QueryJoin> joins,
    List<Criterion<?>> filters,
    List<Ordering<?>> orderings,
    long limit,
    long offset,
    @Nullable Statement source,
    LoadPlan plan,
    boolean readOnly) {

  QuerySpec {
    joins = List.copyOf(joins);
    filters = List.copyOf(filters);
    orderings = List.copyOf(orderings);
  }

  static <T> QuerySpec<T> empty() {
    return new QuerySpec<>(List.of(), List.of(), List.of(), -1, -1, null, LoadPlan.NONE, false);
  }

  QuerySpec<T> withJoins(QueryJoins newJoins) {
    return new QuerySpec<>(
        newJoins.list(), filters, orderings, limit, offset, source, plan, readOnly);
  }

  QuerySpec<T> withFilter(Criterion<?> filter) {
    List<Criterion<?>> all = new ArrayList<>(filters);
    all.add(filter);
    return new QuerySpec<>(joins, all, orderings, limit, offset, source, plan, readOnly);
  }

  QuerySpec<T> withOrderings(List<Ordering<?>> more) {
    List<Ordering<?>> all = new ArrayList<>(orderings);
    all.addAll(more);
    return new QuerySpec<>(joins, filters, all, limit, offset, source, plan, readOnly);
  }

  QuerySpec<T> withLimit(long newLimit) {
    return new QuerySpec<>(joins, filters, orderings, newLimit, offset, source, plan, readOnly);
  }

  QuerySpec<T> withOffset(long newOffset) {
    return new QuerySpec<>(joins, filters, orderings, limit, newOffset, source, plan, readOnly);
  }

  QuerySpec<T> withSource(Statement statement) {
    return new QuerySpec<>(joins, filters, orderings, limit, offset, statement, plan, readOnly);
  }

  QuerySpec<T> withPlan(LoadPlan newPlan) {
    return new QuerySpec<>(joins, filters, orderings, limit, offset, source, newPlan, readOnly);
  }

  QuerySpec<T> withReadOnly() {
    return new QuerySpec<>(joins, filters, orderings, limit, offset, source, plan, true);
  }

  /** The joins over {@code model}, the queried entity, as criteria resolve against them. */
  QueryJoins scope(EntityModel<?> model) {
    return new QueryJoins(model, joins);
  }

  /**
   * {@code SELECT columns FROM} the entity's table, with the joins that cannot repeat its rows (the
   * others go into the {@code IN} filter of {@link #restrict}).
   */
  Select base(List<? extends Expression<?>> columns, EntityModel<?> model) {
    return scope(model).apply(Sql.select(columns).from(model.table()), false);
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
    QueryJoins scope = scope(model);
    List<Condition> conditions = new ArrayList<>(filters.size());
    for (Criterion<?> filter : filters) {
      conditions.add(filter.toCondition(scope));
    }
    return conditions.size() == 1 ? conditions.get(0) : Sql.and(conditions);
  }

  /**
   * The entity SELECT of this spec with the columns and LEFT OUTER JOINs of {@code joined}, and the
   * joined collections' {@code @OrderBy} after the spec's own order.
   */
  Select entitySelect(EntityModel<?> model, JoinedLoad<?> joined) {
    return joined.orderElements(restrict(joined.join(base(joined.columns(), model)), model, true));
  }

  /** The entity SELECT: every column property, joins, filters, orderings, limit and offset. */
  Select select(EntityModel<?> model) {
    List<Expression<?>> columns = new ArrayList<>(model.columnProperties().size());
    for (PropertyModel property : model.columnProperties()) {
      columns.add(property.column());
    }
    return restrict(base(columns, model), model, true);
  }

  /**
   * {@code select} (from {@link #base}) with this spec's filters, and with its orderings and paging
   * if asked. With a join through a collection the filters and all joins go into {@code id IN
   * (SELECT id FROM … WHERE …)}, so each entity is selected once.
   */
  Select restrict(Select select, EntityModel<?> model, boolean orderAndPage) {
    Select result = select;
    QueryJoins scope = scope(model);
    Condition where;
    if (scope.multiply()) {
      where = distinctKeys(model, scope);
    } else {
      where = where(model);
    }
    if (where != null) {
      result = result.where(where);
    }
    if (!orderAndPage) {
      return result;
    }
    if (!orderings.isEmpty()) {
      SortOrder[] orders = new SortOrder[orderings.size()];
      for (int i = 0; i < orders.length; i++) {
        orders[i] = scope.checkedOrder(orderings.get(i).toSortOrder(scope));
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

  /** {@code id IN (SELECT id FROM entity JOIN … WHERE filters)}. */
  private Condition distinctKeys(EntityModel<?> model, QueryJoins scope) {
    if (model.idProperties().size() != 1) {
      throw new CairnException(
          "The query of "
              + model.name()
              + " joins a collection, which needs a single-column id to select each "
              + model.name()
              + " once, but its id has "
              + model.idProperties().size()
              + " columns; filter with Criteria.any(...) instead of joining");
    }
    Expression<?> key = model.idProperties().get(0).column();
    Select keys = scope.apply(Sql.select(key).from(model.table()), true);
    Condition where = where(model);
    return key.in(where == null ? keys : keys.where(where));
  }
}
