package dev.cairn.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition over a table's columns rendered through an alias of it; see {@link Sql#adapt}. An
 * AND/OR is adapted operand by operand, so it keeps its parentheses inside other junctions.
 */
record AdaptedCondition(Condition condition, TableReference table, TableReference alias)
    implements Condition {

  static Condition of(Condition condition, TableReference table, TableReference alias) {
    if (condition instanceof Junction junction) {
      List<Condition> operands = new ArrayList<>(junction.operands().size());
      for (Condition operand : junction.operands()) {
        operands.add(of(operand, table, alias));
      }
      return new Junction(junction.operator(), operands);
    }
    return new AdaptedCondition(condition, table, alias);
  }

  @Override
  public void render(RenderContext context) {
    context.adapted(table, alias, condition);
  }
}
