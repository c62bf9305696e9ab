package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.ArrayList;
import java.util.List;

/** Naming FROM items in messages, and finding the ON condition of a join from foreign keys. */
final class FromItems {

  private FromItems() {}

  /** A short name for {@code item}: the table name, the alias, or the joined names. */
  static String describe(FromItem item) {
    if (item instanceof TableReference table) {
      return table.name();
    }
    if (item instanceof DerivedTable derived) {
      return derived.alias();
    }
    if (item instanceof CommonTableExpression cte) {
      return cte.name();
    }
    if (item instanceof Join join) {
      return describe(join.left()) + " " + join.type().keyword() + " " + describe(join.right());
    }
    return item.toString();
  }

  /**
   * The ON condition joining {@code right} to the single item of {@code left} it shares a foreign
   * key with; a {@code CairnException} naming both sides when there is none or more than one.
   */
  static Condition foreignKeyCondition(FromItem left, FromItem right, JoinType type) {
    List<FromItem> candidates = left instanceof Join join ? join.leaves() : List.of(left);
    List<Condition> found = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    for (FromItem candidate : candidates) {
      Condition condition = candidate.foreignKeyJoinCondition(right);
      if (condition != null) {
        found.add(condition);
        matched.add(describe(candidate));
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    String what = type.keyword() + " of " + describe(right) + " to " + describe(left);
    if (found.isEmpty()) {
      throw new CairnException(
          "Cannot infer the ON condition for the "
              + what
              + ": no foreign key links them; give the ON condition explicitly");
    }
    throw new CairnException(
        "Cannot infer the ON condition for the "
            + what
            + ": "
            + describe(right)
            + " has foreign keys with each of "
            + matched
            + "; give the ON condition explicitly");
  }
}
