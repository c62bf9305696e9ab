package dev.cairn.core.sql;

/**
 * {@code CASE WHEN … THEN … [ELSE …] END}, built with {@link Sql#caseWhen}. Usable as an expression
 * as it is (no ELSE means NULL) or finished with {@link #otherwise}.
 *
 * @param <T> the Java type of the results
 */
public interface CaseExpression<T> extends Expression<T> {

  /** Adds {@code WHEN condition THEN value}. */
  CaseExpression<T> when(Condition condition, T value);

  /** Adds {@code WHEN condition THEN result}. */
  CaseExpression<T> when(Condition condition, Expression<T> result);

  /** Finishes with {@code ELSE value END}. */
  Expression<T> otherwise(T value);

  /** Finishes with {@code ELSE result END}. */
  Expression<T> otherwise(Expression<T> result);
}
