package dev.cairn.core.schema;

import dev.cairn.core.sql.ColumnReference;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.type.SqlType;
import java.util.Objects;

/**
 * A column of a {@link Table}, typed by the Java type of its values. Immutable: the definition
 * methods ({@link #primaryKey()}, {@link #notNull()}, …) return a new column and replace this one
 * in its table, so a typed table reads {@code final Column<Long> id = column("id",
 * SqlTypes.BIGINT).primaryKey().identity();}.
 *
 * @param <T> the Java type of the column's values
 */
public final class Column<T> implements ColumnReference<T> {

  private final Table table;
  private final String name;
  private final SqlType<T> type;
  private final ColumnOptions<T> options;

  Column(Table table, String name, SqlType<T> type, ColumnOptions<T> options) {
    this.table = table;
    this.name = name;
    this.type = type;
    this.options = options;
  }

  /** The table this column belongs to. */
  public Table table() {
    return table;
  }

  /** The column's name in the database. */
  @Override
  public String name() {
    return name;
  }

  @Override
  public Table tableReference() {
    return table;
  }

  @Override
  public SqlType<T> type() {
    return type;
  }

  /** The column's definition options (nullability, keys, defaults). */
  public ColumnOptions<T> options() {
    return options;
  }

  /** Whether the column accepts NULL. */
  public boolean nullable() {
    return options.nullable();
  }

  /** Marks the column NOT NULL. */
  public Column<T> notNull() {
    return redefine(options.withNullable(false));
  }

  /** Marks the column nullable (the default unless it is part of the primary key). */
  public Column<T> nullableColumn() {
    return redefine(options.withNullable(true));
  }

  /** Makes the column (part of) the table's primary key; implies NOT NULL. */
  public Column<T> primaryKey() {
    return redefine(options.withPrimaryKey(true).withNullable(false));
  }

  Column<T> redefine(ColumnOptions<T> newOptions) {
    Column<T> replacement = new Column<>(table, name, type, newOptions);
    table.replaceColumn(this, replacement);
    return replacement;
  }

  @Override
  public void render(RenderContext context) {
    if (context.qualifyColumns()) {
      context.qualified(table.name(), name);
    } else {
      context.identifier(name);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Column<?> other && other.table == table && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(table), name);
  }

  @Override
  public String toString() {
    return table.name() + "." + name;
  }
}
