package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.Expression;
import dev.cairn.core.sql.FromItem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Infers the ON condition of a join from the foreign keys between two tables or aliases, as
 * SQLAlchemy's {@code join_condition}: the single foreign key between them in either direction. For
 * a table joined to itself, the right side is the referencing one ({@code child.parent_id =
 * parent.id} when joining {@code child} to {@code parent}).
 */
final class JoinInference {

  private JoinInference() {}

  static @Nullable Condition condition(FromItem left, FromItem right) {
    Side l = side(left);
    Side r = side(right);
    if (l == null || r == null) {
      return null;
    }
    List<ForeignKey> candidates = new ArrayList<>();
    if (l.table == r.table) {
      for (ForeignKey key : l.table.foreignKeys()) {
        if (key.selfReferencing()) {
          candidates.add(key);
        }
      }
      if (candidates.size() == 1) {
        return on(candidates.get(0), l, r);
      }
    } else {
      for (ForeignKey key : l.table.foreignKeys()) {
        if (key.target() == r.table) {
          candidates.add(key);
        }
      }
      for (ForeignKey key : r.table.foreignKeys()) {
        if (key.target() == l.table) {
          candidates.add(key);
        }
      }
      if (candidates.size() == 1) {
        ForeignKey key = candidates.get(0);
        return key.table() == l.table ? on(key, r, l) : on(key, l, r);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    List<String> described = candidates.stream().map(ForeignKey::describe).toList();
    throw new CairnException(
        "Cannot infer the join between "
            + l.label
            + " and "
            + r.label
            + ": they are linked by "
            + candidates.size()
            + " foreign keys "
            + described
            + "; give the ON condition explicitly");
  }

  /** {@code referenced.key = referencing.fk} for every column pair of {@code key}. */
  @SuppressWarnings("unchecked")
  private static Condition on(ForeignKey key, Side referenced, Side referencing) {
    Condition condition = null;
    for (int i = 0; i < key.columns().size(); i++) {
      Expression<Object> target =
          (Expression<Object>) referenced.column(key.targetColumns().get(i));
      Expression<Object> source = (Expression<Object>) referencing.column(key.columns().get(i));
      Condition pair = target.eq(source);
      condition = condition == null ? pair : condition.and(pair);
    }
    return condition;
  }

  private static @Nullable Side side(FromItem item) {
    if (item instanceof Table table) {
      TableAlias typed = table.asTableAlias();
      return typed == null
          ? new Side(table, null, table.name())
          : new Side(typed.table(), typed, table.toString());
    }
    if (item instanceof TableAlias alias) {
      return new Side(alias.table(), alias, alias.table().name() + " AS " + alias.alias());
    }
    return null;
  }

  private record Side(Table table, @Nullable TableAlias alias, String label) {
    Expression<?> column(Column<?> column) {
      Column<?> current = table.current(column);
      return alias == null ? current : alias.column(current);
    }
  }
}
