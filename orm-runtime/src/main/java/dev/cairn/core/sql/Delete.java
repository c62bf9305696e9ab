package dev.cairn.core.sql;

/**
 * A DELETE statement, built from {@link Sql#deleteFrom}. Immutable: every method returns a new
 * statement.
 *
 * <pre>{@code
 * Sql.deleteFrom(users).where(users.id.eq(1L));
 * Sql.deleteFrom(sessions).all();   // every row
 * }</pre>
 *
 * <p>A DELETE without WHERE must say so with {@link #all()}; otherwise compiling it fails.
 */
public interface Delete extends Statement {

  /** The table deleted from. */
  TableReference table();

  /** Restricts the rows deleted; several calls are combined with AND. */
  Delete where(Condition condition);

  /** Declares that deleting every row (no WHERE at all) is intended. */
  Delete all();

  /** {@code RETURNING …} of the deleted rows, where the dialect has it. */
  Delete returning(Expression<?>... expressions);

  @Override
  default StatementKind kind() {
    return StatementKind.DELETE;
  }
}
