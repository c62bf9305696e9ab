package dev.cairn.orm.internal.loading;

import dev.cairn.core.engine.Connection;
import dev.cairn.core.schema.Column;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.SortOrder;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs the batch statements of loading: the targets of a link for many owner keys ({@code WHERE
 * match IN (...)}, chunked by the load batch size within the dialect's bind parameter limit), read
 * row by row through the target's {@link EntityReader} straight into the identity map.
 */
final class TargetFetcher {

  private final LoadContext context;

  TargetFetcher(LoadContext context) {
    this.context = context;
  }

  /** The targets of {@code link} per owner key (ordered by the target's key), and what was read. */
  Fetched fetch(Link link, Collection<Object> ownerKeys) {
    EntityModel<?> target = link.target();
    EntityReader<?> reader = context.reader(target);
    Links links = context.links();
    List<Column<?>> match = link.matchColumns();
    List<Expression<?>> columns = new ArrayList<>(reader.width() + match.size());
    for (PropertyModel property : target.columnProperties()) {
      columns.add(property.column());
    }
    columns.addAll(links.foreignColumns(target));
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
    SortOrder[] order = ElementOrdering.of(link.relationship(), null);
    IdentityMap map = context.identityMap();
    Connection connection = context.connection();
    Fetched fetched = new Fetched(ownerKeys.size());
    // targets matched by key or by a foreign key come once; through a link table once per owner
    boolean lookup = link.linkTable() != null || map.mayHold(target);
    List<Object> keys = ownerKeys instanceof List<Object> list ? list : new ArrayList<>(ownerKeys);
    int chunk = chunk(connection, match.size());
    for (int from = 0; from < keys.size(); from += chunk) {
      List<Object> part = keys.subList(from, Math.min(keys.size(), from + chunk));
      Select select = base.where(Keys.in(match, part));
      select =
          order.length == 0 ? select.orderBy(ElementOrdering.keys(target)) : select.orderBy(order);
      connection.forEachRow(
          select,
          Map.of(),
          values -> {
            Object entity = reader.read(map, values, 0, fetched.fresh, lookup);
            Object key = matchKey(values, matchAt);
            if (key != null) {
              fetched.byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entity);
            }
            if (!lookup || fetched.seen.add(entity)) {
              fetched.entities.add(entity);
            }
          });
    }
    return fetched;
  }

  private static @Nullable Object matchKey(@Nullable Object[] values, int[] positions) {
    if (positions.length == 1) {
      return values[positions[0]];
    }
    Object[] parts = new Object[positions.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = values[positions[i]];
    }
    return Keys.of(parts);
  }

  /**
   * Reads the foreign-key values of those {@code states} whose rows lack them (read from a
   * statement that did not select them), extending their rows.
   */
  void ensureCaptured(EntityModel<?> model, List<InstanceState> states) {
    Links links = context.links();
    List<Column<?>> foreign = links.capturedColumns(model);
    int[] positions = links.capturePositions(model);
    if (foreign.isEmpty()) {
      return;
    }
    int width = context.reader(model).width();
    Map<Object, List<InstanceState>> byKey = new HashMap<>();
    for (InstanceState state : states) {
      Object[] row = state.loaded();
      if (row != null && row.length < width && state.key() != null) {
        byKey.computeIfAbsent(columnKey(model, state), k -> new ArrayList<>()).add(state);
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
    Connection connection = context.connection();
    int chunk = chunk(connection, ids.size());
    int idCount = ids.size();
    for (int from = 0; from < keys.size(); from += chunk) {
      List<Object> part = keys.subList(from, Math.min(keys.size(), from + chunk));
      Select select = Sql.select(columns).from(model.table()).where(Keys.in(ids, part));
      connection.forEachRow(
          select,
          Map.of(),
          values -> {
            Object[] keyValues = java.util.Arrays.copyOf(values, idCount);
            for (InstanceState state : byKey.getOrDefault(Keys.of(keyValues), List.of())) {
              Object[] old = java.util.Objects.requireNonNull(state.loaded());
              Object[] row = java.util.Arrays.copyOf(old, width);
              for (int i = 0; i < foreign.size(); i++) {
                row[positions[i]] = values[idCount + i];
              }
              state.reloaded(row, state.committedValues() == old);
            }
          });
    }
  }

  private static Object columnKey(EntityModel<?> model, InstanceState state) {
    Object[] row = java.util.Objects.requireNonNull(state.loaded());
    List<PropertyModel> ids = model.idProperties();
    Object[] values = new Object[ids.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row[ids.get(i).index()];
    }
    return java.util.Objects.requireNonNull(Keys.of(values));
  }

  /** Keys of {@code width} columns per statement: the load batch size within the dialect limit. */
  private int chunk(Connection connection, int width) {
    int limit = Keys.chunk(connection.dialect().maxBindParameters(), width);
    return Math.max(1, Math.min(limit, context.loadBatchSize()));
  }

  /** What one fetch read: targets per owner key, each distinct target once, the new states. */
  static final class Fetched {
    final Map<Object, List<Object>> byKey;
    final List<Object> entities = new ArrayList<>();
    final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    final List<InstanceState> fresh = new ArrayList<>();

    Fetched(int owners) {
      this.byKey = new HashMap<>(Math.max(16, owners * 2));
    }

    Batch batch() {
      return new Batch(entities, fresh);
    }
  }
}
