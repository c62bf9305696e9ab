package dev.cairn.orm.internal.loading;

import dev.cairn.core.engine.Row;
import dev.cairn.core.schema.Column;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.internal.SessionContext;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the batch statements of loading: the targets of a link for many owner keys ({@code WHERE
 * match IN (...)}, chunked by the load batch size within the dialect's bind parameter limit), and
 * the foreign-key values of entities read without them.
 */
final class TargetFetcher {

  private final SessionContext context;
  private final Links links;
  private final SessionLoader loader;

  TargetFetcher(SessionContext context, Links links, SessionLoader loader) {
    this.context = context;
    this.links = links;
    this.loader = loader;
  }

  /**
   * The targets of {@code link} per owner key (ordered by the target's key), materialized through
   * the session; each distinct instance is also added to {@code loaded}.
   */
  Map<Object, List<Object>> fetch(Link link, Collection<Object> ownerKeys, List<Object> loaded) {
    EntityModel<?> target = link.target();
    List<Column<?>> foreign = links.foreignColumns(target);
    List<Column<?>> match = link.matchColumns();
    int width = target.columnProperties().size();
    List<Expression<?>> columns = new ArrayList<>(width + foreign.size() + match.size());
    for (PropertyModel property : target.columnProperties()) {
      columns.add(property.column());
    }
    columns.addAll(foreign);
    int[] matchAt = new int[match.size()];
    for (int i = 0; i < matchAt.length; i++) {
      int property = link.linkTable() == null ? Links.property(target, match.get(i)) : -1;
      if (property >= 0) {
        matchAt[i] = property;
      } else {
        matchAt[i] = columns.size();
        columns.add(match.get(i));
      }
    }
    Select base = Sql.select(columns).from(target.table());
    if (link.linkTable() != null) {
      base =
          base.join(link.linkTable(), Keys.equal(link.linkTargetColumns(), link.targetColumns()));
    }
    List<Expression<?>> order = new ArrayList<>();
    for (PropertyModel id : target.idProperties()) {
      order.add(id.column());
    }
    Map<Object, List<Object>> found = new HashMap<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Object> keys = new ArrayList<>(ownerKeys);
    int chunk = chunk(match.size());
    for (int from = 0; from < keys.size(); from += chunk) {
      List<Object> part = keys.subList(from, Math.min(keys.size(), from + chunk));
      Select select = base.where(Keys.in(match, part)).orderBy(order.toArray(new Expression<?>[0]));
      for (Row row : context.connection().execute(select)) {
        Object entity = context.materialize(target, row, 0);
        loader.capture(target, entity, row, 0);
        Object[] values = new Object[match.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = row.get(matchAt[i]);
        }
        Object key = Keys.of(values);
        if (key != null) {
          found.computeIfAbsent(key, k -> new ArrayList<>()).add(entity);
        }
        if (seen.add(entity)) {
          loaded.add(entity);
        }
      }
    }
    return found;
  }

  /** Reads the foreign-key values of those {@code entities} whose values are not known yet. */
  void ensureCaptured(EntityModel<?> model, List<Object> entities) {
    List<Column<?>> foreign = links.capturedColumns(model);
    if (foreign.isEmpty()) {
      return;
    }
    Map<Object, List<Object>> byKey = new LinkedHashMap<>();
    for (Object entity : entities) {
      if (!loader.captured(entity)) {
        Object key = key(model, entity);
        if (key != null) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entity);
        }
      }
    }
    if (byKey.isEmpty()) {
      return;
    }
    List<Expression<?>> ids = new ArrayList<>();
    for (PropertyModel id : model.idProperties()) {
      ids.add(id.column());
    }
    List<Expression<?>> columns = new ArrayList<>(ids);
    columns.addAll(foreign);
    List<Object> keys = new ArrayList<>(byKey.keySet());
    int chunk = chunk(ids.size());
    for (int from = 0; from < keys.size(); from += chunk) {
      List<Object> part = keys.subList(from, Math.min(keys.size(), from + chunk));
      Select select = Sql.select(columns).from(model.table()).where(Keys.in(ids, part));
      for (Row row : context.connection().execute(select)) {
        Object[] keyValues = new Object[ids.size()];
        for (int i = 0; i < keyValues.length; i++) {
          keyValues[i] = row.get(i);
        }
        Object[] values = new Object[foreign.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = row.get(ids.size() + i);
        }
        for (Object entity : byKey.getOrDefault(Keys.of(keyValues), List.of())) {
          loader.captured(entity, values);
        }
      }
    }
  }

  /** Keys of {@code width} columns per statement: the load batch size within the dialect limit. */
  private int chunk(int width) {
    int limit = Keys.chunk(context.connection().dialect().maxBindParameters(), width);
    return Math.max(1, Math.min(limit, context.loadBatchSize()));
  }

  private static Object key(EntityModel<?> model, Object entity) {
    List<PropertyModel> ids = model.idProperties();
    Object[] values = new Object[ids.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = ids.get(i).columnValue(entity);
    }
    return Keys.of(values);
  }
}
