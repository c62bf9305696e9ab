package dev.cairn.orm.internal.loading;

import dev.cairn.core.engine.Row;
import dev.cairn.core.schema.Column;
import dev.cairn.core.schema.TableAlias;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.Select;
import dev.cairn.orm.Load.Strategy;
import dev.cairn.orm.mapping.EntityModel;
import dev.cairn.orm.mapping.PropertyModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The joined steps of a query's load plan: the LEFT OUTER JOINs and columns they add to the entity
 * SELECT, and the reading of its rows — parents de-duplicated in first-seen order, each joined
 * collection filled and each joined reference set.
 *
 * @param <T> the queried entity
 */
public final class JoinedLoad<T> {

  private final SessionLoader loader;
  private final EntityModel<T> model;
  private final List<Joined> joined = new ArrayList<>();
  private final List<Expression<?>> columns = new ArrayList<>();

  /** One joined relationship: its link, aliases and where its target's columns start. */
  private record Joined(Link link, TableAlias alias, TableAlias linkAlias, int first) {}

  /**
   * The joined steps of {@code plan} for a query of {@code model}; with {@code referencesOnly} (a
   * limited query, whose limit must count parents) joined collections are left to selectin.
   */
  public JoinedLoad(
      SessionLoader loader, EntityModel<T> model, LoadPlan plan, boolean referencesOnly) {
    this.loader = loader;
    this.model = model;
    for (PropertyModel property : model.columnProperties()) {
      columns.add(property.column());
    }
    columns.addAll(loader.foreignColumns(model));
    int n = 0;
    for (LoadPlan.Step step : plan.steps().values()) {
      if (step.strategy() != Strategy.JOINED || (referencesOnly && step.link().toMany())) {
        continue;
      }
      n++;
      Link link = step.link();
      TableAlias alias = link.target().table().as("j" + n);
      TableAlias linkAlias = link.linkTable() == null ? alias : link.linkTable().as("l" + n);
      joined.add(new Joined(link, alias, linkAlias, columns.size()));
      for (PropertyModel property : link.target().columnProperties()) {
        columns.add(alias.column(property.column()));
      }
      for (Column<?> column : loader.foreignColumns(link.target())) {
        columns.add(alias.column(column));
      }
    }
  }

  /** Whether {@code link} is read by the joins. */
  boolean applied(Link link) {
    for (Joined step : joined) {
      if (step.link() == link) {
        return true;
      }
    }
    return false;
  }

  /** The columns to select: the entity's, then each joined target's. */
  public List<Expression<?>> columns() {
    return List.copyOf(columns);
  }

  /** {@code select} (over the entity's table) with the LEFT OUTER JOINs added. */
  public Select join(Select select) {
    Select result = select;
    for (Joined step : joined) {
      Link link = step.link();
      TableAlias through = link.linkTable() == null ? null : step.linkAlias();
      result = LinkJoins.join(result, link, null, step.alias(), through, true);
    }
    return result;
  }

  /** {@link #read} without joined steps: one identity check per row and nothing else. */
  private List<T> readPlain(Iterable<Row> rows) {
    var context = loader.context();
    int expected = rows instanceof Collection<?> collection ? collection.size() : 16;
    List<T> entities = new ArrayList<>(expected);
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>(expected));
    for (Row row : rows) {
      T entity = context.materialize(model, row, 0);
      if (seen.add(entity)) {
        loader.capture(model, entity, row, 0);
        entities.add(entity);
      }
    }
    return entities;
  }

  /** The distinct entities of {@code rows}, in first-seen order, with the joined steps filled. */
  public List<T> read(Iterable<Row> rows) {
    if (joined.isEmpty()) {
      return readPlain(rows);
    }
    var context = loader.context();
    int width = model.columnProperties().size();
    List<T> entities = new ArrayList<>();
    Map<Object, List<List<Object>>> found = new IdentityHashMap<>();
    Map<Object, List<Set<Object>>> seen = new IdentityHashMap<>();
    for (Row row : rows) {
      T entity = context.materialize(model, row, 0);
      List<List<Object>> targets = found.get(entity);
      if (targets == null) {
        loader.capture(model, entity, row, 0);
        entities.add(entity);
        targets = new ArrayList<>();
        List<Set<Object>> sets = new ArrayList<>();
        for (int i = 0; i < joined.size(); i++) {
          targets.add(new ArrayList<>());
          sets.add(Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        found.put(entity, targets);
        seen.put(entity, sets);
      }
      for (int i = 0; i < joined.size(); i++) {
        Joined step = joined.get(i);
        EntityModel<?> target = step.link().target();
        if (!present(target, row, step.first())) {
          continue;
        }
        Object element = context.materialize(target, row, step.first());
        if (seen.get(entity).get(i).add(element)) {
          loader.capture(target, element, row, step.first());
          targets.get(i).add(element);
        }
      }
    }
    for (T entity : entities) {
      List<List<Object>> targets = found.get(entity);
      for (int i = 0; i < joined.size(); i++) {
        Link link = joined.get(i).link();
        Object value = link.relationship().get(entity);
        List<Object> elements = targets.get(i);
        if (link.toMany()) {
          if (value instanceof CollectionState.Filler filler && !filler.state().loaded) {
            filler.fill(elements);
            loader.filled(filler);
          }
        } else {
          if (value == null) {
            Object target = elements.isEmpty() ? null : elements.get(0);
            link.relationship().set(entity, target);
            loader.referenceLoaded(link, entity, target);
          }
          loader.referenceDone(link, entity);
        }
      }
    }
    return entities;
  }

  private static boolean present(EntityModel<?> target, Row row, int first) {
    for (PropertyModel id : target.idProperties()) {
      if (row.get(first + id.index()) == null) {
        return false;
      }
    }
    return true;
  }
}
