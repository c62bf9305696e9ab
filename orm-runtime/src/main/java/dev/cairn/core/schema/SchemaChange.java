package dev.cairn.core.schema;

import org.jspecify.annotations.Nullable;

/**
 * One DDL statement of a {@link SchemaDiff}.
 *
 * @param kind what the statement does
 * @param table the table it changes
 * @param name the table, column, index or constraint it creates or drops
 * @param sql the statement, without a terminating semicolon
 * @param note what to know before running it (a NOT NULL column added to a table with rows), or
 *     null
 */
public record SchemaChange(
    Kind kind, String table, String name, String sql, @Nullable String note) {

  /** What a change does; the order of the constants is the order of a diff's statements. */
  public enum Kind {
    /** {@code CREATE SEQUENCE}. */
    CREATE_SEQUENCE,
    /** {@code CREATE TABLE} (its indexes follow it). */
    CREATE_TABLE,
    /** {@code ALTER TABLE ... ADD COLUMN}. */
    ADD_COLUMN,
    /** A UNIQUE constraint added to an existing table. */
    ADD_UNIQUE,
    /** {@code CREATE INDEX}. */
    CREATE_INDEX,
    /** {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY}. */
    ADD_FOREIGN_KEY,
    /** A foreign key dropped. */
    DROP_FOREIGN_KEY,
    /** {@code DROP INDEX}. */
    DROP_INDEX,
    /** A UNIQUE constraint dropped. */
    DROP_UNIQUE,
    /** {@code ALTER TABLE ... DROP COLUMN}. */
    DROP_COLUMN,
    /** {@code DROP TABLE}. */
    DROP_TABLE;

    /** Whether the change drops something (and so runs only when drops are asked for). */
    public boolean destructive() {
      return compareTo(DROP_FOREIGN_KEY) >= 0;
    }
  }

  /** Whether this change drops something. */
  public boolean destructive() {
    return kind.destructive();
  }
}
