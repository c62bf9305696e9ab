package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The immutable SELECT: one record component per clause, so equality is structural. */
record DefaultSelect(
    List<CommonTableExpression> ctes,
    boolean recursive,
    boolean distinctRows,
    List<Expression<?>> columns,
    List<FromItem> from,
    @Nullable Condition where,
    List<Expression<?>> groupBy,
    @Nullable Condition having,
    List<SortOrder> orderBy,
    @Nullable Expression<Long> limit,
    @Nullable Expression<Long> offset,
    @Nullable LockStrength lock,
    LockWait lockWait)
    implements Select {

  DefaultSelect {
    ctes = List.copyOf(ctes);
    columns = List.copyOf(columns);
    from = List.copyOf(from);
    groupBy = List.copyOf(groupBy);
    orderBy = List.copyOf(orderBy);
  }

  static DefaultSelect of(
      List<CommonTableExpression> ctes, boolean recursive, List<? extends Expression<?>> columns) {
    if (columns.isEmpty()) {
      throw new CairnException("A SELECT needs at least one column; pass columns to select(…)");
    }
    return new DefaultSelect(
        ctes,
        recursive,
        false,
        List.copyOf(columns),
        List.of(),
        null,
        List.of(),
        null,
        List.of(),
        null,
        null,
        null,
        LockWait.WAIT);
  }

  @Override
  public List<Expression<?>> resultColumns() {
    return columns;
  }

  /** Whether this select must be parenthesised as a member of a set operation. */
  boolean hasTrailingClauses() {
    return !orderBy.isEmpty() || limit != null || offset != null || lock != null;
  }

  @Override
  public Select from(FromItem... items) {
    List<FromItem> all = new ArrayList<>(from);
    all.addAll(List.of(items));
    return builder().from(all).build();
  }

  @Override
  public Select where(Condition condition) {
    return builder().where(where == null ? condition : where.and(condition)).build();
  }

  @Override
  public Select join(FromItem item, Condition on) {
    return builder().join(item, JoinType.INNER, on).build();
  }

  @Override
  public Select join(FromItem item) {
    return builder().join(item, JoinType.INNER, null).build();
  }

  @Override
  public Select leftJoin(FromItem item, Condition on) {
    return builder().join(item, JoinType.LEFT, on).build();
  }

  @Override
  public Select leftJoin(FromItem item) {
    return builder().join(item, JoinType.LEFT, null).build();
  }

  @Override
  public Select rightJoin(FromItem item, Condition on) {
    return builder().join(item, JoinType.RIGHT, on).build();
  }

  @Override
  public Select rightJoin(FromItem item) {
    return builder().join(item, JoinType.RIGHT, null).build();
  }

  @Override
  public Select fullJoin(FromItem item, Condition on) {
    return builder().join(item, JoinType.FULL, on).build();
  }

  @Override
  public Select fullJoin(FromItem item) {
    return builder().join(item, JoinType.FULL, null).build();
  }

  @Override
  public Select crossJoin(FromItem item) {
    return builder().join(item, JoinType.CROSS, null).build();
  }

  @Override
  public Select groupBy(Expression<?>... expressions) {
    List<Expression<?>> all = new ArrayList<>(groupBy);
    all.addAll(List.of(expressions));
    return builder().groupBy(all).build();
  }

  @Override
  public Select having(Condition condition) {
    return builder().having(having == null ? condition : having.and(condition)).build();
  }

  @Override
  public Select distinct() {
    return builder().distinct().build();
  }

  @Override
  public Select orderBy(SortOrder... orders) {
    return builder().orderBy(SortOrders.append(orderBy, orders)).build();
  }

  @Override
  public Select orderBy(Expression<?>... expressions) {
    return builder().orderBy(SortOrders.append(orderBy, expressions)).build();
  }

  @Override
  public Select limit(long limit) {
    return builder().limit(SortOrders.count(limit, "limit")).build();
  }

  @Override
  public Select offset(long offset) {
    return builder().offset(SortOrders.count(offset, "offset")).build();
  }

  @Override
  public Select forUpdate() {
    return builder().lock(LockStrength.UPDATE, lockWait).build();
  }

  @Override
  public Select forShare() {
    return builder().lock(LockStrength.SHARE, lockWait).build();
  }

  @Override
  public Select noWait() {
    return builder().lock(requireLock("noWait()"), LockWait.NOWAIT).build();
  }

  @Override
  public Select skipLocked() {
    return builder().lock(requireLock("skipLocked()"), LockWait.SKIP_LOCKED).build();
  }

  private LockStrength requireLock(String call) {
    if (lock == null) {
      throw new CairnException(
          call + " applies to a locking SELECT; call forUpdate() or forShare() first");
    }
    return lock;
  }

  private SelectBuilder builder() {
    return new SelectBuilder(this);
  }

  @Override
  public void render(RenderContext context) {
    SelectRenderer.render(this, context);
  }
}
