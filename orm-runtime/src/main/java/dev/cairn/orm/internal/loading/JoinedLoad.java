package dev.cairn.orm.internal.loading;

import dev.cairn.core.engine.RowHandler;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.TableAlias;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.SortOrder;
import dev.cairn.core.sql.Sql;
import dev.cairn.orm.Load.Strategy;
import dev.cairn.orm.internal.state.IdentityMap;
import dev.cairn.orm.internal.state.InstanceState;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import dev.cairn.orm.mapping.RelationshipModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one entity query: the columns to select (the entity's, then each joined target's),
 * the LEFT OUTER JOINs of the plan's joined steps, and the reading of the rows through the
 * entities' {@link EntityReader}s — straight into the identity map, parents de-duplicated in
 * first-seen order, the elements of each joined collection gathered per parent, each joined
 * reference set. Built per query execution; reading state is kept until the loaders have taken it.
 *
 * @param <T> the queried entity
 */
public final class JoinedLoad<T> implements RowHandler {

  private final IdentityMap map;
  private final EntityReader<T> reader;
  private final List<Joined> joined = new ArrayList<>();
  private final List<Expression<?>> columns = new ArrayList<>();
  private final List<Object> entities;
  private final @Nullable List<InstanceState> fresh;
  private final @Nullable Set<Object> seen;
  private int rootLookup = -1;

  /** One joined relationship: its link, aliases, where its target's columns start, what it read. */
  private static final class Joined {
    final Link link;
    final TableAlias alias;
    final TableAlias linkAlias;
    final int first;
    final EntityReader<?> reader;
    final Map<Object, List<Object>> byOwner = new IdentityHashMap<>();
    final List<Object> targets = new ArrayList<>();
    final Set<Object> seenTargets = Collections.newSetFromMap(new IdentityHashMap<>());
    final List<InstanceState> fresh = new ArrayList<>();

    Joined(Link link, TableAlias alias, TableAlias linkAlias, int first, EntityReader<?> reader) {
      this.link = link;
      this.alias = alias;
      this.linkAlias = linkAlias;
      this.first = first;
      this.reader = reader;
    }
  }

  /**
   * The rows of a query of {@code model} with the joined steps of {@code plan}, and the
   * relationships without a step whose mapping default is joined (of those, at most one collection,
   * and none when the plan joins one: two joined collections would multiply each other's rows);
   * with {@code referencesOnly} (a limited query, whose limit must count parents) joined
   * collections are left to selectin. {@code expected} sizes the result list. Without {@code
   * collectFresh} the states of new instances are not listed (nothing will install collections into
   * them or mark them).
   */
  public JoinedLoad(
      LoadContext context,
      EntityModel<T> model,
      LoadPlan plan,
      boolean referencesOnly,
      int expected,
      boolean collectFresh) {
    this.map = context.identityMap();
    this.reader = context.reader(model);
    Links links = context.links();
    for (PropertyModel property : model.columnProperties()) {
      columns.add(property.column());
    }
    columns.addAll(links.foreignColumns(model));
    boolean collection = false;
    for (LoadPlan.Step step : plan.steps().values()) {
      if (step.strategy() != Strategy.JOINED || (referencesOnly && step.link().toMany())) {
        continue;
      }
      add(context, step.link());
      collection |= step.link().toMany();
    }
    for (RelationshipModel relationship : model.relationships()) {
      if (plan.step(relationship) != null || LoadPlan.mapped(relationship) != Strategy.JOINED) {
        continue;
      }
      Link link = links.of(model, relationship);
      if (link.toMany() && (referencesOnly || collection)) {
        continue;
      }
      add(context, link);
      collection |= link.toMany();
    }
    this.entities = new ArrayList<>(Math.max(expected, 10));
    this.fresh = collectFresh || !joined.isEmpty() ? new ArrayList<>() : null;
    this.seen = joined.isEmpty() ? null : Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private void add(LoadContext context, Link link) {
    int n = joined.size() + 1;
    TableAlias alias = link.target().table().as("j" + n);
    TableAlias linkAlias = link.linkTable() == null ? alias : link.linkTable().as("l" + n);
    joined.add(new Joined(link, alias, linkAlias, columns.size(), context.reader(link.target())));
    for (PropertyModel property : link.target().columnProperties()) {
      columns.add(alias.column(property.column()));
    }
    for (Column<?> column : context.links().foreignColumns(link.target())) {
      columns.add(alias.column(column));
    }
  }

  /**
   * {@code select} (the entity SELECT with its own ORDER BY) with the {@code @OrderBy} of each
   * joined collection appended, so each parent's elements come in their declared order.
   */
  public Select orderElements(Select select) {
    Select result = select;
    for (Joined step : joined) {
      if (step.link.toMany()) {
        SortOrder[] order = ElementOrdering.of(step.link.relationship(), step.alias);
        if (order.length > 0) {
          result = result.orderBy(order);
        }
      }
    }
    return result;
  }

  /**
   * Whether a load of {@code model} by key joins anything without options: whether one of its
   * relationships has the mapping default {@code JOINED}.
   */
  public static boolean joinsByDefault(EntityModel<?> model) {
    for (RelationshipModel relationship : model.relationships()) {
      if (LoadPlan.mapped(relationship) == Strategy.JOINED) {
        return true;
      }
    }
    return false;
  }

  /**
   * The SELECT of the rows of this load's entity whose key columns hold one of {@code keys} (each
   * in key order), with the joins and the joined collections' order ({@code Session.get}, merge).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Select selectByKeys(List<@Nullable Object[]> keys) {
    EntityModel<T> model = reader.model();
    List<Column<?>> ids = new ArrayList<>();
    for (PropertyModel id : model.idProperties()) {
      ids.add(id.column());
    }
    Condition where;
    if (keys.size() == 1 && ids.size() == 1) {
      where = ((Expression) ids.get(0)).eq(keys.get(0)[0]);
    } else {
      List<Object> matches = new ArrayList<>(keys.size());
      for (Object[] key : keys) {
        matches.add(java.util.Objects.requireNonNull(Keys.of(key)));
      }
      where = Keys.in(ids, matches);
    }
    return orderElements(join(Sql.select(columns).from(model.table())).where(where));
  }

  /** Whether {@code link} is read by the joins. */
  boolean applied(Link link) {
    return find(link) != null;
  }

  /** The columns to select: the entity's, then each joined target's. */
  public List<Expression<?>> columns() {
    return List.copyOf(columns);
  }

  /** {@code select} (over the entity's table) with the LEFT OUTER JOINs added. */
  public Select join(Select select) {
    Select result = select;
    for (Joined step : joined) {
      Link link = step.link;
      TableAlias through = link.linkTable() == null ? null : step.linkAlias;
      result = LinkJoins.join(result, link, null, step.alias, through, true);
    }
    return result;
  }

  /** Reads one row (this is the handler given to {@code Connection.forEachRow}). */
  @Override
  public void handle(@Nullable Object[] values) {
    if (rootLookup < 0) {
      // rows of an entity SELECT have distinct keys; only joins repeat them
      rootLookup = seen != null || map.mayHold(reader.model()) ? 1 : 0;
    }
    T entity = reader.read(map, values, 0, fresh, rootLookup == 1);
    Set<Object> distinct = seen;
    if (distinct == null) {
      entities.add(entity);
      return;
    }
    if (distinct.add(entity)) {
      entities.add(entity);
    }
    for (Joined step : joined) {
      if (!step.reader.present(values, step.first)) {
        continue;
      }
      Object element = step.reader.read(map, values, step.first, step.fresh);
      List<Object> elements = step.byOwner.computeIfAbsent(entity, k -> new ArrayList<>());
      if (!containsSame(elements, element)) {
        elements.add(element);
      }
      if (step.seenTargets.add(element)) {
        step.targets.add(element);
      }
    }
  }

  /**
   * The distinct entities read, in first-seen order, with their new states; the joined references
   * are set (and settled) in every entity read.
   */
  public Batch finish() {
    for (Joined step : joined) {
      if (step.link.toMany()) {
        continue;
      }
      var relationship = step.link.relationship();
      int ordinal = relationship.ordinal();
      for (Object entity : entities) {
        InstanceState state = map.state(entity);
        if (state == null || relationship.get(entity) != null) {
          continue;
        }
        List<Object> found = step.byOwner.get(entity);
        Object target = found == null || found.isEmpty() ? null : found.get(0);
        relationship.set(entity, target);
        state.settle(ordinal);
        if (!relationship.owning()) {
          state.relate(ordinal, target);
        }
      }
    }
    List<InstanceState> created = fresh;
    return new Batch(entities, created == null ? List.of() : created);
  }

  /** The elements of the joined collection {@code link} per parent (by identity). */
  Map<Object, List<Object>> elements(Link link) {
    Joined step = find(link);
    return step == null ? Map.of() : step.byOwner;
  }

  /** The distinct targets the join of {@code link} read, with their new states. */
  Batch targets(Link link) {
    Joined step = find(link);
    return step == null ? Batch.EMPTY : new Batch(step.targets, step.fresh);
  }

  private @Nullable Joined find(Link link) {
    for (Joined step : joined) {
      if (step.link == link) {
        return step;
      }
    }
    return null;
  }

  private static boolean containsSame(List<Object> elements, Object element) {
    int size = elements.size();
    if (size > 0 && elements.get(size - 1) == element) {
      return true;
    }
    for (int i = 0; i < size - 1; i++) {
      if (elements.get(i) == element) {
        return true;
      }
    }
    return false;
  }
}
