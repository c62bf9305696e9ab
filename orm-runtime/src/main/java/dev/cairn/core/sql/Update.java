package dev.cairn.core.sql;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An UPDATE statement, built from {@link Sql#update}. Immutable: every method returns a new
 * statement.
 *
 * <pre>{@code
 * Sql.update(users).set(users.name, "ann").where(users.id.eq(1L));
 * Sql.update(counters).set(counters.hits, counters.hits.plus(1)).all();   // every row
 * }</pre>
 *
 * <p>An UPDATE without WHERE must say so with {@link #all()}; otherwise compiling it fails, so a
 * forgotten condition never rewrites a whole table.
 */
public interface Update extends Statement {

  /** The table updated. */
  TableReference table();

  /** {@code SET column = ?}. */
  <T> Update set(ColumnReference<T> column, @Nullable T value);

  /** {@code SET column = expression}, e.g. {@code hits + 1} or a named parameter. */
  <T> Update set(ColumnReference<T> column, Expression<T> value);

  /** {@code SET column = NULL} ({@code set(c, null)} would be ambiguous). */
  Update setNull(ColumnReference<?> column);

  /** Sets every entry's column to its value (a Java value of the column's type or Expression). */
  Update set(Map<? extends ColumnReference<?>, ?> values);

  /** Restricts the rows updated; several calls are combined with AND. */
  Update where(Condition condition);

  /** Declares that updating every row matched (no WHERE at all) is intended. */
  Update all();

  /** {@code RETURNING …} of the updated rows, where the dialect has it. */
  Update returning(Expression<?>... expressions);

  @Override
  default StatementKind kind() {
    return StatementKind.UPDATE;
  }
}
