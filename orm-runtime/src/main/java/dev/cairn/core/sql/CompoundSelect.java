package dev.cairn.core.sql;

/**
 * Queries combined by UNION, UNION ALL, INTERSECT or EXCEPT, with optional ORDER BY and LIMIT on
 * the whole. ORDER BY items refer to result columns by name (unqualified) or label.
 */
public sealed interface CompoundSelect extends SelectQuery permits DefaultCompoundSelect {

  @Override
  CompoundSelect orderBy(SortOrder... orders);

  @Override
  CompoundSelect orderBy(Expression<?>... expressions);

  @Override
  CompoundSelect limit(long limit);

  @Override
  CompoundSelect offset(long offset);
}
