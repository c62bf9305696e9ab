package dev.cairn.core.sql;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An insert that updates (or leaves alone) the existing row when a row with the same key exists.
 * One API for every database, built from {@link Sql#upsert}:
 *
 * <pre>{@code
 * Sql.upsert(users).set(users.id, 1L).set(users.name, "ann")
 *     .onConflict(users.id)
 *     .doUpdate(users.name);                          // name = the value tried
 * Sql.upsert(counters).set(counters.id, 1L).set(counters.hits, 1)
 *     .onConflict(counters.id)
 *     .doUpdateSet(counters.hits, counters.hits.plus(Sql.excluded(counters.hits)));
 * Sql.upsert(users).set(users.id, 1L).set(users.name, "ann").onConflict(users.id).doNothing();
 * }</pre>
 *
 * <p>PostgreSQL and SQLite render {@code INSERT … ON CONFLICT (k) DO UPDATE SET …} / {@code DO
 * NOTHING}; MySQL and MariaDB {@code INSERT … ON DUPLICATE KEY UPDATE c = VALUES(c)} (do nothing as
 * {@code k = k}, which unlike INSERT IGNORE does not turn other errors into warnings); H2 a
 * standard {@code MERGE INTO t USING (VALUES …) AS excluded (…) ON …}. MySQL and MariaDB react to a
 * conflict on any unique key, not only on the keys named. The conflict keys must be among the
 * inserted columns. A choice of {@link #doUpdate} or {@link #doNothing} is required.
 */
public interface Upsert extends Statement {

  /** The table inserted into. */
  TableReference table();

  /** Sets {@code column} to {@code value} in the last row. */
  <T> Upsert set(ColumnReference<T> column, @Nullable T value);

  /** Sets {@code column} to an expression in the last row. */
  <T> Upsert set(ColumnReference<T> column, Expression<T> value);

  /** Sets {@code column} to NULL in the last row. */
  Upsert setNull(ColumnReference<?> column);

  /** Appends a row given as column to value. */
  Upsert values(Map<? extends ColumnReference<?>, ?> row);

  /** Appends one row per map. */
  Upsert values(List<? extends Map<? extends ColumnReference<?>, ?>> rows);

  /** Appends a typed row. */
  Upsert row(RowValues row);

  /** Appends typed rows. */
  Upsert rows(List<RowValues> rows);

  /** The columns whose unique constraint detects the conflict; the primary key if never called. */
  Upsert onConflict(ColumnReference<?>... keys);

  /** On conflict, leave the existing row as it is. */
  Upsert doNothing();

  /**
   * On conflict, set each of {@code columns} to the value the insert tried ({@link Sql#excluded});
   * with no column: every column the statement gives that is not a conflict key (columns filled by
   * a client-side default are inserted but not updated).
   */
  Upsert doUpdate(ColumnReference<?>... columns);

  /**
   * On conflict, set {@code column} to {@code value}; the expression may use the existing row's
   * columns and {@link Sql#excluded} for the values tried.
   */
  <T> Upsert doUpdateSet(ColumnReference<T> column, Expression<T> value);

  /** On conflict, set {@code column} to a fixed value. */
  <T> Upsert doUpdateSet(ColumnReference<T> column, @Nullable T value);

  /**
   * Returns these expressions of the inserted or updated rows (PostgreSQL, SQLite and MariaDB; a
   * CairnException elsewhere). A row left alone by {@link #doNothing()} is not returned by
   * PostgreSQL and SQLite, but MariaDB returns it as it stands.
   */
  Upsert returning(Expression<?>... expressions);

  @Override
  default StatementKind kind() {
    return StatementKind.INSERT;
  }
}
