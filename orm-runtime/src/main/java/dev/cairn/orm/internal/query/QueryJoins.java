package dev.cairn.orm.internal.query;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.TableAlias;
import dev.cairn.core.sql.ColumnReference;
import dev.cairn.core.sql.Select;
import dev.cairn.core.sql.SortOrder;
import dev.cairn.orm.JoinScope;
import dev.cairn.orm.JoinedEntity;
import dev.cairn.orm.internal.loading.Link;
import dev.cairn.orm.internal.loading.LinkJoins;
import dev.cairn.orm.internal.loading.Links;
import dev.cairn.orm.mapping.EntityModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The relationships a query joins, as a {@link JoinScope} for its criteria and as JOIN clauses for
 * its statements. A join that can repeat a row of the queried entity (through a collection) is not
 * joined into the entity SELECT itself but into an {@code id IN (SELECT id …)} filter, so each
 * entity comes once and limits count entities.
 *
 * @param root the queried entity
 * @param list the joins in the order they were added (a join after the join it starts from)
 */
record QueryJoins(EntityModel<?> root, List<QueryJoin> list) implements JoinScope {

  QueryJoins {
    list = List.copyOf(list);
  }

  @Override
  public List<JoinedEntity> joins() {
    List<JoinedEntity> result = new ArrayList<>(list.size());
    for (QueryJoin join : list) {
      result.add(join.entity());
    }
    return result;
  }

  /** Whether some join can repeat rows of the queried entity. */
  boolean multiply() {
    for (QueryJoin join : list) {
      if (join.multiplies()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code select} (over the root's table) with the joins added: all of them with {@code all}, else
   * only those that cannot repeat root rows.
   */
  Select apply(Select select, boolean all) {
    Select result = select;
    for (QueryJoin join : list) {
      if (all || !join.multiplies()) {
        QueryJoin parent = join.parent();
        result =
            LinkJoins.join(
                result,
                join.link(),
                parent == null ? null : parent.table(),
                join.table(),
                join.linkTable(),
                join.outer());
      }
    }
    return result;
  }

  /**
   * {@code order}, checked not to sort by a join that repeats root rows (whose columns the entity
   * SELECT does not have: each entity has several values there).
   */
  SortOrder checkedOrder(SortOrder order) {
    if (order.expression() instanceof ColumnReference<?> column) {
      for (QueryJoin join : list) {
        if (join.multiplies() && column.tableReference().equals(join.table())) {
          throw new CairnException(
              "The query of "
                  + root.name()
                  + " orders by "
                  + join.name()
                  + "."
                  + column.name()
                  + ", but '"
                  + join.name()
                  + "' is joined through a collection, so each "
                  + root.name()
                  + " has several values; order by a property of "
                  + root.name()
                  + " or of a reference it joins");
        }
      }
    }
    return order;
  }

  /**
   * These joins and the join of {@code path} (relationship names joined by dots, each hop joined
   * once and reused by longer paths) under {@code alias}, or under its path when the alias is null.
   */
  QueryJoins with(Links links, String path, @Nullable String alias, boolean outer) {
    String[] steps = path.split("\\.", -1);
    List<QueryJoin> result = new ArrayList<>(list);
    EntityModel<?> owner = root;
    QueryJoin parent = null;
    for (int i = 0; i < steps.length; i++) {
      String prefix = String.join(".", Arrays.copyOfRange(steps, 0, i + 1));
      boolean last = i == steps.length - 1;
      QueryJoin existing = byPath(result, prefix);
      if (!last && existing != null) {
        owner = existing.link().target();
        parent = existing;
        continue;
      }
      String name = last && alias != null ? alias : prefix;
      if ((last && existing != null && alias == null) || named(result, name) != null) {
        throw new CairnException(
            "The query of "
                + root.name()
                + " already joins '"
                + name
                + "'; give the second join an alias: join(\""
                + path
                + "\", \"alias\"), and name it in criteria: Criteria.of(\"alias\", …)");
      }
      Link link = links.of(owner, steps[i].strip());
      TableAlias table = link.target().table().as(sqlAlias(result, name));
      TableAlias linkTable =
          link.linkTable() == null ? null : link.linkTable().as(table.alias() + "_link");
      QueryJoin join = new QueryJoin(name, prefix, link, parent, table, linkTable, outer);
      result.add(join);
      owner = link.target();
      parent = join;
    }
    return new QueryJoins(root, result);
  }

  private String sqlAlias(List<QueryJoin> joins, String name) {
    String alias = name.replace('.', '_');
    boolean taken = alias.equalsIgnoreCase(root.table().name()) || alias.matches("[jl]\\d+");
    for (QueryJoin join : joins) {
      taken |= join.table().alias().equalsIgnoreCase(alias);
    }
    if (taken) {
      throw new CairnException(
          "The join alias '"
              + name
              + "' of the query of "
              + root.name()
              + " clashes with a table or alias of the statement (the queried table, another join,"
              + " or j1, l1, … used by Load.joined); choose another: join(…, \"other\")");
    }
    return alias;
  }

  private static @Nullable QueryJoin byPath(List<QueryJoin> joins, String path) {
    for (QueryJoin join : joins) {
      if (join.path().equals(path)) {
        return join;
      }
    }
    return null;
  }

  private static @Nullable QueryJoin named(List<QueryJoin> joins, String name) {
    for (QueryJoin join : joins) {
      if (join.name().equals(name)) {
        return join;
      }
    }
    return null;
  }
}
