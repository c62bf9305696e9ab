package dev.cairn.orm.internal.query;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.Table;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.Sql;
import dev.cairn.core.sql.Statement;
import dev.cairn.orm.Criteria;
import dev.cairn.orm.Criterion;
import dev.cairn.orm.Getter;
import dev.cairn.orm.Load;
import dev.cairn.orm.Ordering;
import dev.cairn.orm.Page;
import dev.cairn.orm.Query;
import dev.cairn.orm.internal.loading.Batch;
import dev.cairn.orm.internal.loading.JoinedLoad;
import dev.cairn.orm.internal.loading.LoadPlan;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Query} of a session: an immutable {@link QuerySpec} plus the session seam. Each
 * terminal method runs as a call of the session (under its thread guard), autoflushes, runs exactly
 * one statement ({@link #page} two) on the session's connection and reads the rows straight into
 * the identity map through the entity's compiled reader.
 *
 * @param <T> the entity type
 */
public final class DefaultQuery<T> implements Query<T> {

  private final QueryContext context;
  private final EntityModel<T> model;
  private final QuerySpec<T> spec;

  /** A query for every entity of {@code model} in the session behind {@code context}. */
  public DefaultQuery(QueryContext context, EntityModel<T> model) {
    this(context, model, QuerySpec.empty());
  }

  private DefaultQuery(QueryContext context, EntityModel<T> model, QuerySpec<T> spec) {
    this.context = context;
    this.model = model;
    this.spec = spec;
  }

  private DefaultQuery<T> with(QuerySpec<T> newSpec) {
    if (spec.source() != null && newSpec.source() == spec.source()) {
      throw new CairnException(
          "A query of "
              + model.name()
              + " over a given statement cannot be filtered, ordered or limited; put that into"
              + " the statement");
    }
    return new DefaultQuery<>(context, model, newSpec);
  }

  @Override
  public Query<T> filterBy(String property, @Nullable Object value) {
    Criteria<T, Object> criteria = Criteria.named(property);
    criteria.toColumnValue(model, value); // fail now, naming the property and both types
    return with(spec.withFilter(criteria.eq(value)));
  }

  @Override
  public Query<T> filter(Criterion<?> criterion) {
    // resolve now so a wrong property fails where it is written
    criterion.toCondition(spec.scope(model));
    return with(spec.withFilter(criterion));
  }

  @Override
  public Query<T> orderBy(Ordering<?>... orderings) {
    for (Ordering<?> ordering : orderings) {
      ordering.toSortOrder(spec.scope(model));
    }
    return with(spec.withOrderings(Arrays.asList(orderings)));
  }

  @Override
  public Query<T> join(Getter<T, ?> relationship) {
    return join(Criteria.of(relationship).propertyName(), null, false);
  }

  @Override
  public Query<T> join(Getter<T, ?> relationship, String alias) {
    return join(Criteria.of(relationship).propertyName(), alias, false);
  }

  @Override
  public Query<T> join(String path) {
    return join(path, null, false);
  }

  @Override
  public Query<T> join(String path, String alias) {
    return join(path, alias, false);
  }

  @Override
  public Query<T> outerJoin(Getter<T, ?> relationship) {
    return join(Criteria.of(relationship).propertyName(), null, true);
  }

  @Override
  public Query<T> outerJoin(Getter<T, ?> relationship, String alias) {
    return join(Criteria.of(relationship).propertyName(), alias, true);
  }

  @Override
  public Query<T> outerJoin(String path) {
    return join(path, null, true);
  }

  @Override
  public Query<T> outerJoin(String path, String alias) {
    return join(path, alias, true);
  }

  private Query<T> join(String path, @Nullable String alias, boolean outer) {
    QueryJoins joins = spec.scope(model).with(context.links(), path, alias, outer);
    return with(spec.withJoins(joins));
  }

  @Override
  public Query<T> orderBy(String property) {
    return orderBy(Criteria.<T, Object>named(property).asc());
  }

  @Override
  public Query<T> orderByDesc(String property) {
    return orderBy(Criteria.<T, Object>named(property).desc());
  }

  @Override
  public Query<T> limit(long limit) {
    if (limit < 0) {
      throw new CairnException(
          "limit(" + limit + ") on a query of " + model.name() + "; give 0 or more");
    }
    return with(spec.withLimit(limit));
  }

  @Override
  public Query<T> offset(long offset) {
    if (offset < 0) {
      throw new CairnException(
          "offset(" + offset + ") on a query of " + model.name() + "; give 0 or more");
    }
    return with(spec.withOffset(offset));
  }

  @Override
  public Query<T> readOnly() {
    return new DefaultQuery<>(context, model, spec.withReadOnly());
  }

  @Override
  public Page<T> page(int pageNumber, int pageSize) {
    if (pageNumber < 0 || pageSize < 1) {
      throw new CairnException(
          "page("
              + pageNumber
              + ", "
              + pageSize
              + ") on a query of "
              + model.name()
              + "; pages are counted from 0 and hold at least 1 entity");
    }
    return context.call(
        () -> {
          QuerySpec<T> unpaged = spec.withLimit(-1).withOffset(-1);
          long total = new DefaultQuery<>(context, model, unpaged).count();
          List<T> items =
              new DefaultQuery<>(
                      context,
                      model,
                      unpaged.withLimit(pageSize).withOffset((long) pageNumber * pageSize))
                  .all();
          int totalPages = (int) ((total + pageSize - 1) / pageSize);
          return new Page<>(items, total, pageNumber, pageSize, totalPages);
        });
  }

  @Override
  public @Nullable T first() {
    List<T> rows = fetch(spec.limit() >= 0 ? Math.min(spec.limit(), 1) : 1);
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Override
  public T one() {
    List<T> rows = fetch(spec.limit() >= 0 ? Math.min(spec.limit(), 2) : 2);
    if (rows.size() != 1) {
      throw ResultSizes.notOne(model, rows.isEmpty());
    }
    return rows.get(0);
  }

  @Override
  public @Nullable T oneOrNull() {
    List<T> rows = fetch(spec.limit() >= 0 ? Math.min(spec.limit(), 2) : 2);
    if (rows.size() > 1) {
      throw ResultSizes.severalForOneOrNull(model);
    }
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Override
  public List<T> all() {
    return fetch(spec.limit());
  }

  @Override
  public long count() {
    requireGenerated("count()");
    Select count;
    if (spec.hasPaging()) {
      count = Sql.select(Sql.count()).from(spec.select(model).as("counted"));
    } else {
      count = spec.restrict(spec.base(List.of(Sql.count()), model), model, false);
    }
    return context.call(
        () -> {
          context.autoflush();
          Long total = context.connection().execute(count).scalar(Long.class);
          return total == null ? 0L : total;
        });
  }

  @Override
  public boolean exists() {
    requireGenerated("exists()");
    if (spec.limit() == 0) {
      return false;
    }
    Expression<?> key = model.idProperties().get(0).column();
    Select probe = spec.withLimit(1).restrict(spec.base(List.of(key), model), model, true);
    return context.call(
        () -> {
          context.autoflush();
          return context.connection().execute(probe).first() != null;
        });
  }

  @Override
  public Stream<T> stream() {
    return context.call(() -> QueryStream.open(context, model, spec));
  }

  @Override
  @SafeVarargs
  public final <R extends Record> List<R> project(Class<R> type, Getter<T, ?>... properties) {
    requireGenerated("project()");
    var components = type.getRecordComponents();
    if (components.length != properties.length) {
      throw new CairnException(
          "Record "
              + type.getName()
              + " has "
              + components.length
              + " components but "
              + properties.length
              + " properties of "
              + model.name()
              + " were given; give one property per component, in order");
    }
    List<Expression<?>> columns = new ArrayList<>(properties.length);
    for (int i = 0; i < properties.length; i++) {
      PropertyModel property = Criteria.of(properties[i]).resolve(model);
      columns.add(property.column().as(components[i].getName()));
    }
    Select select = spec.restrict(spec.base(columns, model), model, true);
    return context.call(
        () -> {
          context.autoflush();
          return context.connection().execute(select).into(type);
        });
  }

  @Override
  public Query<T> fromStatement(Statement statement) {
    if (!spec.filters().isEmpty()
        || !spec.orderings().isEmpty()
        || spec.hasPaging()
        || !spec.joins().isEmpty()) {
      throw new CairnException(
          "fromStatement() on a query of "
              + model.name()
              + " that already has joins, filters, orderings or limits; call it on a fresh query");
    }
    return new DefaultQuery<>(context, model, spec.withSource(statement));
  }

  @Override
  public long update(Map<String, ?> values) {
    return context.call(() -> BulkStatements.update(context, model, spec, values));
  }

  @Override
  public long delete() {
    return context.call(() -> BulkStatements.delete(context, model, spec));
  }

  @Override
  public Query<T> options(Load... options) {
    LoadPlan plan = spec.plan().with(context.links(), model, Arrays.asList(options));
    return new DefaultQuery<>(context, model, spec.withPlan(plan));
  }

  @Override
  public Table table() {
    return model.table();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> Column<V> column(Getter<T, V> getter) {
    Criteria<T, V> criteria = Criteria.of(getter);
    PropertyModel property = criteria.resolve(model);
    if (property.converter() != null) {
      throw new CairnException(
          "Property "
              + model.name()
              + "."
              + property.name()
              + " has a converter, so its column "
              + property.column()
              + " holds another type than the getter "
              + criteria
              + " returns; use table().column(\""
              + property.columnName()
              + "\")");
    }
    return (Column<V>) property.column();
  }

  private List<T> fetch(long limit) {
    QuerySpec<T> fetched = limit == spec.limit() ? spec : spec.withLimit(limit);
    return context.call(() -> fetchNow(fetched));
  }

  @SuppressWarnings("unchecked")
  private List<T> fetchNow(QuerySpec<T> fetched) {
    Batch batch;
    JoinedLoad<T> joined = null;
    Statement source = fetched.source();
    if (source == null) {
      int expected = fetched.limit() >= 0 ? (int) Math.min(fetched.limit(), 1024) : 16;
      boolean collectFresh =
          !model.relationships().isEmpty() || fetched.readOnly() || context.readOnly();
      joined =
          new JoinedLoad<>(
              context, model, spec.plan(), fetched.hasPaging(), expected, collectFresh);
      Select select = fetched.entitySelect(model, joined);
      context.autoflush();
      context.connection().forEachRow(select, Map.of(), joined);
      batch = joined.finish();
    } else {
      SourceRows<T> rows =
          new SourceRows<>(context, model, source, context.links().foreignColumns(model));
      context.autoflush();
      batch = rows.readAll(context.connection().execute(source).all());
    }
    context.loading().afterResult(model, batch, spec.plan(), joined, fetched.readOnly());
    return (List<T>) batch.entities();
  }

  private void requireGenerated(String operation) {
    if (spec.source() != null) {
      throw new CairnException(
          operation
              + " on a query of "
              + model.name()
              + " over a given statement; run all() and work on the list, or write the SQL");
    }
  }

  @Override
  public String toString() {
    Statement source = spec.source();
    return "Query[" + model.name() + ": " + (source != null ? source : spec.select(model)) + "]";
  }
}
