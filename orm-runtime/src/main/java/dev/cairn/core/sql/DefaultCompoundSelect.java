package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Members joined by one set operator; a different operator nests the compound as a member. */
record DefaultCompoundSelect(
    SetOperator operator,
    List<SelectQuery> members,
    List<SortOrder> orderBy,
    @Nullable Expression<Long> limit,
    @Nullable Expression<Long> offset)
    implements CompoundSelect {

  DefaultCompoundSelect {
    members = List.copyOf(members);
    orderBy = List.copyOf(orderBy);
  }

  static CompoundSelect combine(SelectQuery left, SetOperator operator, SelectQuery right) {
    int leftWidth = left.resultColumns().size();
    int rightWidth = right.resultColumns().size();
    if (leftWidth != rightWidth) {
      throw new CairnException(
          operator.keyword()
              + " of queries selecting different numbers of columns ("
              + leftWidth
              + " and "
              + rightWidth
              + "); select the same number of columns in each");
    }
    List<SelectQuery> members = new ArrayList<>();
    if (left instanceof DefaultCompoundSelect compound
        && compound.operator == operator
        && !compound.hasTrailingClauses()) {
      members.addAll(compound.members);
    } else {
      members.add(left);
    }
    members.add(right);
    return new DefaultCompoundSelect(operator, members, List.of(), null, null);
  }

  boolean hasTrailingClauses() {
    return !orderBy.isEmpty() || limit != null || offset != null;
  }

  @Override
  public List<Expression<?>> resultColumns() {
    return members.get(0).resultColumns();
  }

  @Override
  public CompoundSelect orderBy(SortOrder... orders) {
    return new DefaultCompoundSelect(
        operator, members, SortOrders.append(orderBy, orders), limit, offset);
  }

  @Override
  public CompoundSelect orderBy(Expression<?>... expressions) {
    return new DefaultCompoundSelect(
        operator, members, SortOrders.append(orderBy, expressions), limit, offset);
  }

  @Override
  public CompoundSelect limit(long rows) {
    return new DefaultCompoundSelect(
        operator, members, orderBy, SortOrders.count(rows, "limit"), offset);
  }

  @Override
  public CompoundSelect offset(long rows) {
    return new DefaultCompoundSelect(
        operator, members, orderBy, limit, SortOrders.count(rows, "offset"));
  }

  @Override
  public void render(RenderContext context) {
    QuerySyntax syntax = context.dialect().query();
    if (!syntax.supportsSetOperation(operator)) {
      throw StandardQuerySyntax.unsupported(
          context, operator.keyword(), "combine the queries with EXISTS or NOT EXISTS instead");
    }
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        context.sql(' ').sql(operator.keyword()).sql(' ');
      }
      renderMember(context, members.get(i), i == 0);
    }
    if (!orderBy.isEmpty()) {
      boolean qualified = context.qualifyColumns(false);
      try {
        context.sql(" ORDER BY ").visit(orderBy, ", ");
      } finally {
        context.qualifyColumns(qualified);
      }
    }
    syntax.renderLimitOffset(context, limit, offset);
  }

  private static void renderMember(RenderContext context, SelectQuery member, boolean first) {
    boolean wrap =
        member instanceof DefaultCompoundSelect
            || member instanceof DefaultSelect select
                && (select.hasTrailingClauses() || !first && !select.ctes().isEmpty());
    if (!wrap) {
      context.visit(member);
    } else if (context.dialect().query().supportsParenthesizedSetOperands()) {
      context.sql('(').visit(member).sql(')');
    } else {
      context.sql("SELECT * FROM (").visit(member).sql(')');
    }
  }
}
