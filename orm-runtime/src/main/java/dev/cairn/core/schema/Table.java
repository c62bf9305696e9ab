package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.Condition;
import dev.cairn.core.sql.FromItem;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.TableReference;
import dev.cairn.core.sql.type.SqlType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A database table: a name and its columns, keys, constraints and indexes. Declare one dynamically,
 * as SQLAlchemy's {@code Table(...)}:
 *
 * <pre>{@code
 * Table users = new Table("users");
 * Column<Long> id = users.column("id", SqlTypes.BIGINT).primaryKey().identity();
 * users.column("email", SqlTypes.varchar(200)).notNull().unique();
 * }</pre>
 *
 * or as a typed class whose fields are columns, so comparisons are checked by javac:
 *
 * <pre>{@code
 * class Users extends Table {
 *   final Column<Long> id = column("id", SqlTypes.BIGINT).primaryKey().identity();
 *   final Column<String> name = column("name", SqlTypes.varchar(50)).notNull();
 *   Users() { super("users"); index(name); }
 * }
 * }</pre>
 *
 * <p>A table is open for definition until it is added to a {@link MetaData}, aliased, or rendered
 * into a statement; after that every definition method fails, naming the table and the column.
 * Constraint and index names default to {@code pk_<table>}, {@code fk_<table>_<columns>_<target>},
 * {@code uq_<table>_<columns>}, {@code ck_<table>_<column or n>}, {@code ix_<table>_<columns>} and
 * {@code ux_<table>_<columns>} (unique indexes); every method that creates one also takes a name.
 */
public class Table implements TableReference {

  private final String name;
  private final List<Column<?>> columns = new ArrayList<>();
  private final TableConstraints constraints = new TableConstraints(this);
  private final @Nullable TableAlias aliasOf;
  private boolean sealed;

  /** Declares a table named {@code name}. */
  public Table(String name) {
    this.name = Identifiers.requireValid(name, "table name");
    this.aliasOf = TypedAliases.claim(this, this.name);
  }

  /**
   * A typed alias: a new instance of {@code table}'s class, built by its constructor without
   * parameters (looked up once per class), whose typed columns render qualified by {@code alias}
   * ({@code Actor a1 = Table.alias(actor, "a1")}: {@code a1.actorId} is {@code a1.actor_id}) and
   * which renders {@code actor AS a1}; joins to it are inferred from the table's foreign keys.
   */
  public static <T extends Table> T alias(T table, String alias) {
    return TypedAliases.create(table, alias);
  }

  /**
   * A typed alias built by {@code factory}, a new instance of the table's class ({@code X::new}).
   */
  public static <T extends Table> T alias(T table, String alias, Supplier<? extends T> factory) {
    return TypedAliases.create(table, alias, factory);
  }

  /** For a typed alias, the untyped alias it renders as (for {@code adapt}); null for a table. */
  public @Nullable TableAlias asTableAlias() {
    return aliasOf;
  }

  /** The table's name; for a typed alias, the alias, the name by which the query refers to it. */
  @Override
  public String name() {
    return aliasOf == null ? name : aliasOf.alias();
  }

  /** The name columns are qualified by where they render in {@code context}. */
  String qualifier(RenderContext context) {
    return aliasOf == null ? name : aliasOf.qualifier(context);
  }

  /** Declares a column; chain definition methods on the result. */
  public <T> Column<T> column(String name, SqlType<T> type) {
    Identifiers.requireValid(name, "column name");
    requireOpen("add column '" + name + "'");
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

  /**
   * The column named {@code name}, typed: {@code users.column("email", String.class)} is a {@code
   * Column<String>}. A {@code CairnException} when there is no such column, or when it holds values
   * of another Java type than {@code javaType} (the message names the type it holds).
   */
  public <T> Column<T> column(String name, Class<T> javaType) {
    return Column.typed(column(name), javaType);
  }

  /** The primary key columns in key order; empty when the table has no primary key. */
  public List<Column<?>> primaryKey() {
    return constraints.primaryKeyColumns();
  }

  /**
   * Makes {@code keyColumns} the (composite) primary key, in this order, named {@code pk_<table>}.
   */
  public PrimaryKey primaryKey(Column<?>... keyColumns) {
    return primaryKey(null, keyColumns);
  }

  /** Makes {@code keyColumns} the (composite) primary key, in this order, under a given name. */
  public PrimaryKey primaryKey(@Nullable String constraintName, Column<?>... keyColumns) {
    requireOpen("define primary key " + Names.columnList(List.of(keyColumns)));
    return constraints.definePrimaryKey(constraintName, List.of(keyColumns));
  }

  /** The primary key constraint, or null when the table has none. */
  public @Nullable PrimaryKey primaryKeyConstraint() {
    return constraints.primaryKeyConstraint();
  }

  /** A (composite) foreign key from {@code keyColumns} to {@code targetColumns}, no actions. */
  public ForeignKey foreignKey(List<Column<?>> keyColumns, List<Column<?>> targetColumns) {
    return foreignKey(
        null, keyColumns, targetColumns, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
  }

  /**
   * A (composite) foreign key from {@code keyColumns} to {@code targetColumns} (all of one table);
   * {@code constraintName} null for the default name.
   */
  public ForeignKey foreignKey(
      @Nullable String constraintName,
      List<Column<?>> keyColumns,
      List<Column<?>> targetColumns,
      ReferentialAction onDelete,
      ReferentialAction onUpdate) {
    requireOpen("define foreign key " + Names.columnList(keyColumns));
    return constraints.defineForeignKey(
        constraintName, keyColumns, targetColumns, onDelete, onUpdate);
  }

  /**
   * A (composite) foreign key from {@code keyColumns} to the primary key of {@code target}; {@code
   * constraintName} null for the default name.
   */
  public ForeignKey foreignKey(
      @Nullable String constraintName,
      List<Column<?>> keyColumns,
      Table target,
      ReferentialAction onDelete,
      ReferentialAction onUpdate) {
    List<Column<?>> targetKey = target.primaryKey();
    if (targetKey.isEmpty()) {
      throw new CairnException(
          "Foreign key "
              + name
              + Names.columnList(keyColumns)
              + " references table "
              + target.name()
              + ", which has no primary key; name the referenced columns");
    }
    return foreignKey(constraintName, keyColumns, targetKey, onDelete, onUpdate);
  }

  /** All foreign keys: the column-level ones ({@link Column#references}) first, then the others. */
  public List<ForeignKey> foreignKeys() {
    return constraints.foreignKeys();
  }

  /** A UNIQUE constraint over {@code uniqueColumns}, named {@code uq_<table>_<columns>}. */
  public UniqueConstraint unique(Column<?>... uniqueColumns) {
    return unique(null, uniqueColumns);
  }

  /**
   * A UNIQUE constraint over {@code uniqueColumns}; {@code constraintName} null for the default.
   */
  public UniqueConstraint unique(@Nullable String constraintName, Column<?>... uniqueColumns) {
    requireOpen("define unique constraint " + Names.columnList(List.of(uniqueColumns)));
    return constraints.defineUnique(constraintName, List.of(uniqueColumns));
  }

  /** All UNIQUE constraints: the column-level ones ({@link Column#unique}) first. */
  public List<UniqueConstraint> uniqueConstraints() {
    return constraints.uniqueConstraints();
  }

  /** A CHECK constraint; the condition is rendered with its values as literals. */
  public CheckConstraint check(String constraintName, Condition condition) {
    requireOpen("define check " + constraintName);
    return constraints.defineCheck(constraintName, condition);
  }

  /** A CHECK constraint given as SQL text, e.g. {@code check("ck_span", "start_at < end_at")}. */
  public CheckConstraint check(String constraintName, String sql) {
    requireOpen("define check " + constraintName);
    return constraints.defineCheck(
        constraintName, new RawSql(Identifiers.requireValid(sql, "check")));
  }

  /** All CHECK constraints: the column-level ones ({@link Column#check}) first. */
  public List<CheckConstraint> checks() {
    return constraints.checks();
  }

  /** An index over {@code indexColumns}, named {@code ix_<table>_<columns>}. */
  public Index index(Column<?>... indexColumns) {
    return index(null, indexColumns);
  }

  /** An index over {@code indexColumns}; {@code indexName} null for the default. */
  public Index index(@Nullable String indexName, Column<?>... indexColumns) {
    requireOpen("define index " + Names.columnList(List.of(indexColumns)));
    return constraints.defineIndex(indexName, List.of(indexColumns), false);
  }

  /** A unique index over {@code indexColumns}, named {@code ux_<table>_<columns>}. */
  public Index uniqueIndex(Column<?>... indexColumns) {
    return uniqueIndex(null, indexColumns);
  }

  /** A unique index over {@code indexColumns}; {@code indexName} null for the default. */
  public Index uniqueIndex(@Nullable String indexName, Column<?>... indexColumns) {
    requireOpen("define unique index " + Names.columnList(List.of(indexColumns)));
    return constraints.defineIndex(indexName, List.of(indexColumns), true);
  }

  /** The indexes in declaration order. */
  public List<Index> indexes() {
    return constraints.indexes();
  }

  /** The sequences this table's columns are numbered from, in column order. */
  public List<Sequence> sequences() {
    List<Sequence> sequences = new ArrayList<>();
    for (Column<?> column : columns) {
      Sequence sequence = column.options().sequence();
      if (sequence != null && !sequences.contains(sequence)) {
        sequences.add(sequence);
      }
    }
    return sequences;
  }

  /**
   * This table under an alias, for self-joins and correlated subqueries: {@code Table.as("u")}
   * renders {@code users AS u}, and {@code alias.column(users.name)} renders {@code u.name}.
   */
  public TableAlias as(String alias) {
    if (aliasOf != null) {
      return aliasOf.table().as(alias);
    }
    markUsed();
    return new TableAlias(this, Identifiers.requireValid(alias, "table alias"), false);
  }

  /**
   * This table under an alias named when the statement renders ({@code users AS users_1}, then
   * {@code users_2}, … in order of appearance), for subqueries that must not clash with any other
   * use of the table, as SQLAlchemy's anonymous aliases.
   */
  public TableAlias anonymousAlias() {
    if (aliasOf != null) {
      return aliasOf.table().anonymousAlias();
    }
    markUsed();
    return new TableAlias(this, name(), true);
  }

  /**
   * The ON condition along the single foreign key between this table and {@code other} (a table or
   * an alias), in either direction; null when there is none.
   *
   * @throws CairnException when more than one foreign key joins them
   */
  @Override
  public @Nullable Condition foreignKeyJoinCondition(FromItem other) {
    markUsed();
    return JoinInference.condition(this, other);
  }

  /** Whether definitions are closed (added to a MetaData, aliased or rendered). */
  public boolean isSealed() {
    return sealed;
  }

  void markUsed() {
    if (!sealed) {
      constraints.validate();
      sealed = true;
    }
  }

  void replaceColumn(Column<?> old, Column<?> replacement) {
    requireOpen("redefine column '" + old.name() + "'");
    int index = columns.indexOf(old);
    if (index < 0) {
      throw new CairnException(
          "Column " + old + " is not part of table " + name + "; define it through the table");
    }
    columns.set(index, replacement);
  }

  /** The current definition of {@code column} (columns are replaced as they are redefined). */
  @SuppressWarnings("unchecked")
  <T> Column<T> current(Column<T> column) {
    int index = columns.indexOf(column);
    return index < 0 ? column : (Column<T>) columns.get(index);
  }

  private void requireOpen(String action) {
    if (sealed) {
      throw new CairnException(
          "Cannot "
              + action
              + " on table "
              + name
              + ": the table is sealed because it was added to a MetaData, aliased or used in a"
              + " statement; finish its definition before that");
    }
  }

  private List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  @Override
  public void render(RenderContext context) {
    if (aliasOf != null) {
      aliasOf.render(context);
      return;
    }
    markUsed();
    context.identifier(name);
  }

  /** A table equals itself only; typed aliases of one table under one name are equal. */
  @Override
  public final boolean equals(Object o) {
    return this == o || (aliasOf != null && o instanceof Table t && aliasOf.equals(t.aliasOf));
  }

  @Override
  public final int hashCode() {
    return aliasOf == null ? System.identityHashCode(this) : aliasOf.hashCode();
  }

  @Override
  public String toString() {
    return aliasOf == null ? name : aliasOf.toString();
  }
}
