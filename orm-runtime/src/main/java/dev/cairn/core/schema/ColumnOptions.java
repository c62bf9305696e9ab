package dev.cairn.core.schema;

import dev.cairn.core.sql.SqlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How a column is defined beyond its name and type. Immutable; {@link Column}'s definition methods
 * produce changed copies.
 *
 * @param nullable whether NULL is accepted
 * @param primaryKey whether the column is part of the primary key
 * @param unique whether the column alone is unique (a single-column unique constraint)
 * @param identity whether the database generates the value (identity / auto-increment)
 * @param sequence the sequence the database numbers the column from, or null
 * @param clientDefault the value Cairn fills in on insert when none is given (evaluated per insert
 *     by the statement layer), or null
 * @param serverDefault the default the database applies ({@code DEFAULT ...}), or null
 * @param references the column-level foreign key, or null
 * @param checks column-level CHECK conditions (rendered with literals inlined)
 * @param <T> the Java type of the column's values
 */
public record ColumnOptions<T>(
    boolean nullable,
    boolean primaryKey,
    boolean unique,
    boolean identity,
    @Nullable Sequence sequence,
    @Nullable Supplier<? extends T> clientDefault,
    @Nullable ServerDefault serverDefault,
    @Nullable ForeignKeyTarget references,
    List<SqlNode> checks) {

  /** Copies the list of checks. */
  public ColumnOptions {
    checks = List.copyOf(checks);
  }

  /** The options of a freshly declared column: nullable, no key, no default. */
  public static <T> ColumnOptions<T> defaults() {
    return new ColumnOptions<>(true, false, false, false, null, null, null, null, List.of());
  }

  /** Whether the database fills the column on insert (identity or sequence). */
  public boolean generatedOnInsert() {
    return identity || sequence != null;
  }

  ColumnOptions<T> withNullable(boolean value) {
    return new ColumnOptions<>(
        value,
        primaryKey,
        unique,
        identity,
        sequence,
        clientDefault,
        serverDefault,
        references,
        checks);
  }

  ColumnOptions<T> withPrimaryKey(boolean value) {
    return new ColumnOptions<>(
        nullable,
        value,
        unique,
        identity,
        sequence,
        clientDefault,
        serverDefault,
        references,
        checks);
  }

  ColumnOptions<T> withUnique(boolean value) {
    return new ColumnOptions<>(
        nullable,
        primaryKey,
        value,
        identity,
        sequence,
        clientDefault,
        serverDefault,
        references,
        checks);
  }

  ColumnOptions<T> withIdentity(boolean value) {
    return new ColumnOptions<>(
        nullable,
        primaryKey,
        unique,
        value,
        sequence,
        clientDefault,
        serverDefault,
        references,
        checks);
  }

  ColumnOptions<T> withSequence(@Nullable Sequence value) {
    return new ColumnOptions<>(
        nullable,
        primaryKey,
        unique,
        identity,
        value,
        clientDefault,
        serverDefault,
        references,
        checks);
  }

  ColumnOptions<T> withClientDefault(@Nullable Supplier<? extends T> value) {
    return new ColumnOptions<>(
        nullable, primaryKey, unique, identity, sequence, value, serverDefault, references, checks);
  }

  ColumnOptions<T> withServerDefault(@Nullable ServerDefault value) {
    return new ColumnOptions<>(
        nullable, primaryKey, unique, identity, sequence, clientDefault, value, references, checks);
  }

  ColumnOptions<T> withReferences(@Nullable ForeignKeyTarget value) {
    return new ColumnOptions<>(
        nullable,
        primaryKey,
        unique,
        identity,
        sequence,
        clientDefault,
        serverDefault,
        value,
        checks);
  }

  ColumnOptions<T> withCheck(SqlNode check) {
    List<SqlNode> all = new ArrayList<>(checks);
    all.add(check);
    return new ColumnOptions<>(
        nullable,
        primaryKey,
        unique,
        identity,
        sequence,
        clientDefault,
        serverDefault,
        references,
        all);
  }
}
