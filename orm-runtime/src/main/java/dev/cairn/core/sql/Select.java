package dev.cairn.core.sql;

/**
 * A SELECT statement, built from {@link Sql#select} and refined by chaining. Immutable: every call
 * returns a new select; equal selects (structurally) compile to the same SQL and parameters.
 *
 * <pre>{@code
 * Select q = Sql.select(users.name, Sql.count().as("orders"))
 *     .from(users)
 *     .leftJoin(orders)
 *     .where(users.active.eq(true))
 *     .groupBy(users.name)
 *     .orderBy(users.name.asc())
 *     .limit(10);
 * }</pre>
 *
 * <p>Without {@link #from}, the FROM clause is the tables and subqueries the select list reads.
 */
public sealed interface Select extends SelectQuery permits DefaultSelect {

  /** This select reading also from {@code items} (comma-separated, a cross product). */
  Select from(FromItem... items);

  /** This select also filtered by {@code condition}; repeated calls AND together. */
  Select where(Condition condition);

  /** {@code JOIN item ON on}, joined to the last FROM item. */
  Select join(FromItem item, Condition on);

  /** {@code JOIN item ON …} along the single foreign key between it and what is joined so far. */
  Select join(FromItem item);

  /** {@code LEFT OUTER JOIN item ON on}. */
  Select leftJoin(FromItem item, Condition on);

  /** {@code LEFT OUTER JOIN item ON …} along the foreign key. */
  Select leftJoin(FromItem item);

  /** {@code RIGHT OUTER JOIN item ON on}. */
  Select rightJoin(FromItem item, Condition on);

  /** {@code RIGHT OUTER JOIN item ON …} along the foreign key. */
  Select rightJoin(FromItem item);

  /** {@code FULL OUTER JOIN item ON on}; not available on MySQL/MariaDB and H2. */
  Select fullJoin(FromItem item, Condition on);

  /** {@code FULL OUTER JOIN item ON …} along the foreign key. */
  Select fullJoin(FromItem item);

  /** {@code CROSS JOIN item}. */
  Select crossJoin(FromItem item);

  /** This select also grouped by {@code expressions}. */
  Select groupBy(Expression<?>... expressions);

  /** This select also filtered after grouping by {@code condition}; repeated calls AND together. */
  Select having(Condition condition);

  /** {@code SELECT DISTINCT}. */
  Select distinct();

  @Override
  Select orderBy(SortOrder... orders);

  @Override
  Select orderBy(Expression<?>... expressions);

  @Override
  Select limit(long limit);

  @Override
  Select offset(long offset);

  /** Locks the rows read: {@code FOR UPDATE} (omitted on SQLite, which locks the database). */
  Select forUpdate();

  /** Locks the rows read for sharing: {@code FOR SHARE} / {@code LOCK IN SHARE MODE}. */
  Select forShare();

  /** Fails at once instead of waiting for locked rows ({@code NOWAIT}); needs a lock first. */
  Select noWait();

  /** Leaves out rows locked by others ({@code SKIP LOCKED}); needs a lock first. */
  Select skipLocked();
}
