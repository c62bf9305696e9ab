package dev.cairn.core.schema.reflect;

import dev.cairn.core.schema.ServerDefault;
import dev.cairn.core.sql.type.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * A column as the database describes it.
 *
 * @param name the column's name
 * @param type the Cairn type its values map to ({@code SqlTypes.other(name)} for a type Cairn does
 *     not map)
 * @param databaseType the type as the database names it, e.g. {@code character varying(45)}
 * @param nullable whether the column accepts NULL
 * @param serverDefault the default the database applies, as SQL text it reports; null when there is
 *     none (or the column is an identity column)
 * @param identity whether the database generates the value (identity, serial, AUTO_INCREMENT, a
 *     SQLite rowid key)
 */
public record ColumnInfo(
    String name,
    SqlType<?> type,
    String databaseType,
    boolean nullable,
    @Nullable ServerDefault serverDefault,
    boolean identity) {

  /** This column under another name. */
  ColumnInfo named(String newName) {
    return new ColumnInfo(newName, type, databaseType, nullable, serverDefault, identity);
  }
}
