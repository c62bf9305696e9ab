package dev.cairn.core.sql;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.type.SqlType;
import java.util.List;

/**
 * A query: a {@link Select} or a {@link CompoundSelect} (UNION, INTERSECT, EXCEPT). Usable as a
 * statement, a derived table ({@link #as}), a scalar subquery ({@link #asScalar()}), a common table
 * expression ({@link #asCte}) and a member of set operations.
 */
public sealed interface SelectQuery extends Statement permits Select, CompoundSelect {

  @Override
  default StatementKind kind() {
    return StatementKind.SELECT;
  }

  @Override
  List<Expression<?>> resultColumns();

  /** This query ordered also by {@code orders}. */
  SelectQuery orderBy(SortOrder... orders);

  /** This query ordered also by {@code expressions}, ascending. */
  SelectQuery orderBy(Expression<?>... expressions);

  /** This query returning at most {@code limit} rows (bound as a parameter). */
  SelectQuery limit(long limit);

  /** This query skipping the first {@code offset} rows (bound as a parameter). */
  SelectQuery offset(long offset);

  /** This query as a derived table in FROM: {@code (SELECT …) AS alias}. */
  default DerivedTable as(String alias) {
    return new DefaultDerivedTable(alias, this);
  }

  /** This query as a named common table expression, for {@link Sql#with}. */
  default CommonTableExpression asCte(String name) {
    return new DefaultCommonTableExpression(name, this);
  }

  /**
   * This single-column query as a scalar subquery {@code (SELECT …)}, typed by its column; the
   * caller's target type must match that column's Java type.
   */
  @SuppressWarnings("unchecked")
  default <T> Expression<T> asScalar() {
    return new ScalarSubquery<>(this, (SqlType<T>) Subqueries.singleColumn(this, "asScalar()"));
  }

  /** This single-column query as a scalar subquery whose column must be of {@code type}. */
  default <T> Expression<T> asScalar(SqlType<T> type) {
    SqlType<?> actual = Subqueries.singleColumn(this, "asScalar(type)");
    if (actual.javaType() != type.javaType()) {
      throw new CairnException(
          "Scalar subquery selects a "
              + actual
              + " column but was asked for "
              + type
              + "; select a column of that type or cast it with Sql.cast");
    }
    return new ScalarSubquery<>(this, type);
  }

  /** {@code this UNION other}. */
  default CompoundSelect union(SelectQuery other) {
    return DefaultCompoundSelect.combine(this, SetOperator.UNION, other);
  }

  /** {@code this UNION ALL other}. */
  default CompoundSelect unionAll(SelectQuery other) {
    return DefaultCompoundSelect.combine(this, SetOperator.UNION_ALL, other);
  }

  /** {@code this INTERSECT other}. */
  default CompoundSelect intersect(SelectQuery other) {
    return DefaultCompoundSelect.combine(this, SetOperator.INTERSECT, other);
  }

  /** {@code this EXCEPT other}. */
  default CompoundSelect except(SelectQuery other) {
    return DefaultCompoundSelect.combine(this, SetOperator.EXCEPT, other);
  }
}
