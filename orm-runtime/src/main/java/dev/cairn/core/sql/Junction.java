package dev.cairn.core.sql;

import java.util.ArrayList;
import java.util.List;

/** Conditions joined by AND or OR, flattened and parenthesised when nested in another. */
record Junction(String operator, List<Condition> operands) implements Condition {

  Junction {
    operands = List.copyOf(operands);
  }

  static Condition and(Condition left, Condition right) {
    return combine("AND", left, right);
  }

  static Condition or(Condition left, Condition right) {
    return combine("OR", left, right);
  }

  static Condition combine(String operator, Condition left, Condition right) {
    List<Condition> all = new ArrayList<>();
    add(all, operator, left);
    add(all, operator, right);
    return new Junction(operator, all);
  }

  private static void add(List<Condition> all, String operator, Condition condition) {
    if (condition instanceof Junction junction && junction.operator.equals(operator)) {
      all.addAll(junction.operands);
    } else {
      all.add(condition);
    }
  }

  @Override
  public void render(RenderContext context) {
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        context.sql(' ').sql(operator).sql(' ');
      }
      Condition operand = operands.get(i);
      if (operand instanceof Junction) {
        context.sql('(').visit(operand).sql(')');
      } else {
        context.visit(operand);
      }
    }
  }
}
