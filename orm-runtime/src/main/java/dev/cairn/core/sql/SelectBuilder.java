package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Copies a {@link DefaultSelect}, changes clauses and builds the new one. */
final class SelectBuilder {

  private final DefaultSelect base;
  private boolean distinct;
  private List<FromItem> from;
  private @Nullable Condition where;
  private List<Expression<?>> groupBy;
  private @Nullable Condition having;
  private List<SortOrder> orderBy;
  private @Nullable Expression<Long> limit;
  private @Nullable Expression<Long> offset;
  private @Nullable LockStrength lock;
  private LockWait lockWait;

  SelectBuilder(DefaultSelect base) {
    this.base = base;
    this.distinct = base.distinctRows();
    this.from = base.from();
    this.where = base.where();
    this.groupBy = base.groupBy();
    this.having = base.having();
    this.orderBy = base.orderBy();
    this.limit = base.limit();
    this.offset = base.offset();
    this.lock = base.lock();
    this.lockWait = base.lockWait();
  }

  SelectBuilder distinct() {
    distinct = true;
    return this;
  }

  SelectBuilder from(List<FromItem> items) {
    from = items;
    return this;
  }

  SelectBuilder where(Condition condition) {
    where = condition;
    return this;
  }

  SelectBuilder groupBy(List<Expression<?>> expressions) {
    groupBy = expressions;
    return this;
  }

  SelectBuilder having(Condition condition) {
    having = condition;
    return this;
  }

  SelectBuilder orderBy(List<SortOrder> orders) {
    orderBy = orders;
    return this;
  }

  SelectBuilder limit(Expression<Long> value) {
    limit = value;
    return this;
  }

  SelectBuilder offset(Expression<Long> value) {
    offset = value;
    return this;
  }

  SelectBuilder lock(LockStrength strength, LockWait wait) {
    lock = strength;
    lockWait = wait;
    return this;
  }

  /**
   * Joins {@code item} to the last FROM item (inferred from the select list if none was given),
   * with the ON condition inferred from a foreign key when {@code on} is null.
   */
  SelectBuilder join(FromItem item, JoinType type, @Nullable Condition on) {
    List<FromItem> items =
        from.isEmpty() ? FromInference.infer(base.columns(), item) : new ArrayList<>(from);
    if (items.isEmpty()) {
      throw new CairnException(
          "Nothing to join "
              + FromItems.describe(item)
              + " to; call from(…) before "
              + type.keyword());
    }
    List<FromItem> all = new ArrayList<>(items);
    FromItem left = all.remove(all.size() - 1);
    Condition condition = on;
    if (condition == null && type != JoinType.CROSS) {
      condition = FromItems.foreignKeyCondition(left, item, type);
    }
    all.add(new Join(left, item, type, condition));
    from = all;
    return this;
  }

  DefaultSelect build() {
    return new DefaultSelect(
        base.ctes(),
        base.recursive(),
        distinct,
        base.columns(),
        from,
        where,
        groupBy,
        having,
        orderBy,
        limit,
        offset,
        lock,
        lockWait);
  }
}
