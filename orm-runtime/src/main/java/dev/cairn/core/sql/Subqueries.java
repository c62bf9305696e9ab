package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/** Checks shared by the subquery expressions. */
final class Subqueries {

  private Subqueries() {}

  /** The type of the single result column of {@code query}; fails naming {@code use} otherwise. */
  static SqlType<?> singleColumn(SelectQuery query, String use) {
    List<Expression<?>> columns = query.resultColumns();
    if (columns.size() != 1) {
      throw new CairnException(
          use
              + " needs a subquery selecting exactly one column, but it selects "
              + columns.size()
              + " "
              + columns
              + "; select only the column to compare");
    }
    return columns.get(0).type();
  }
}
