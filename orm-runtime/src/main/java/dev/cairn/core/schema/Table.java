package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.TableReference;
import dev.cairn.core.sql.type.SqlType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A database table: a name and its columns, keys, constraints and indexes. Declare one dynamically,
 * as SQLAlchemy's {@code Table(...)}:
 *
 * <pre>{@code
 * Table users = new Table("users");
 * Column<Long> id = users.column("id", SqlTypes.BIGINT).primaryKey();
 * }</pre>
 *
 * or as a typed class whose fields are columns, so comparisons are checked by javac:
 *
 * <pre>{@code
 * class Users extends Table {
 *   final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey();
 *   final Column<String> name = column("name", SqlTypes.varchar(50)).notNull();
 *   Users() { super("users"); }
 * }
 * }</pre>
 */
public class Table implements TableReference {

  private final String name;
  private final List<Column<?>> columns = new ArrayList<>();

  /** Declares a table named {@code name}. */
  public Table(String name) {
    this.name = Identifiers.requireValid(name, "table name");
  }

  /** The table's name. */
  @Override
  public String name() {
    return name;
  }

  /** Declares a column; chain definition methods on the result. */
  public <T> Column<T> column(String name, SqlType<T> type) {
    Identifiers.requireValid(name, "column name");
    for (Column<?> existing : columns) {
      if (existing.name().equalsIgnoreCase(name)) {
        throw new CairnException(
            "Table "
                + this.name
                + " already has a column "
                + existing.name()
                + "; give column '"
                + name
                + "' another name");
      }
    }
    Column<T> column = new Column<>(this, name, type, ColumnOptions.defaults());
    columns.add(column);
    return column;
  }

  /** The columns in declaration order. */
  public List<Column<?>> columns() {
    return Collections.unmodifiableList(columns);
  }

  @Override
  public List<Column<?>> columnReferences() {
    return columns();
  }

  @Override
  public List<Column<?>> primaryKeyReferences() {
    return primaryKey();
  }

  /** The column named {@code name}; a {@code CairnException} naming the table if there is none. */
  public Column<?> column(String name) {
    for (Column<?> column : columns) {
      if (column.name().equals(name)) {
        return column;
      }
    }
    throw new CairnException(
        "Table " + this.name + " has no column '" + name + "'; its columns are " + columnNames());
  }

  /** The primary key columns in declaration order. */
  public List<Column<?>> primaryKey() {
    List<Column<?>> key = new ArrayList<>();
    for (Column<?> column : columns) {
      if (column.options().primaryKey()) {
        key.add(column);
      }
    }
    return key;
  }

  void replaceColumn(Column<?> old, Column<?> replacement) {
    int index = columns.indexOf(old);
    if (index < 0) {
      throw new CairnException(
          "Column " + old + " is not part of table " + name + "; define it through the table");
    }
    columns.set(index, replacement);
  }

  private List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  @Override
  public void render(RenderContext context) {
    context.identifier(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
