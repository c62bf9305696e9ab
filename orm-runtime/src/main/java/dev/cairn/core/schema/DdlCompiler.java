package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.RenderContext;
import dev.cairn.core.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compiles schema objects into DDL text for one dialect: {@code CREATE TABLE}, {@code CREATE
 * INDEX}, sequences, foreign keys added and dropped with {@code ALTER TABLE}, and drops. Values in
 * defaults and checks are written as literals (DDL takes no parameters). Compiling a table seals it
 * against further definition. Stateless and thread-safe.
 */
public final class DdlCompiler {

  private final SqlDialect dialect;
  private final DdlDialect ddl;

  /** A compiler for {@code dialect} (quoting, types) with its DDL syntax {@code ddl}. */
  public DdlCompiler(SqlDialect dialect, DdlDialect ddl) {
    this.dialect = dialect;
    this.ddl = ddl;
  }

  /** A compiler for a dialect that knows its DDL syntax. */
  public static DdlCompiler of(SchemaDialect dialect) {
    return new DdlCompiler(dialect, dialect.ddl());
  }

  /** The dialect compiled for. */
  public SqlDialect dialect() {
    return dialect;
  }

  /** The DDL syntax compiled with. */
  public DdlDialect ddl() {
    return ddl;
  }

  /** {@code CREATE TABLE} with all its constraints, then {@code CREATE INDEX} for its indexes. */
  public List<String> createTable(Table table) {
    return createTable(table, Set.of());
  }

  /** As {@link #createTable(Table)}, leaving out the foreign keys in {@code leftOut}. */
  List<String> createTable(Table table, Set<ForeignKey> leftOut) {
    table.markUsed();
    List<String> statements = new ArrayList<>();
    RenderContext context = context();
    new CreateTableRenderer(ddl, context).render(table, leftOut);
    statements.add(context.sqlSoFar());
    for (Index index : table.indexes()) {
      statements.add(createIndex(index));
    }
    return statements;
  }

  /** {@code CREATE [UNIQUE] INDEX name ON table (columns)}. */
  public String createIndex(Index index) {
    RenderContext context = context();
    CreateTableRenderer renderer = new CreateTableRenderer(ddl, context);
    renderer.keyColumns(index.name(), index.columns());
    context
        .sql(index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
        .identifier(index.name())
        .sql(" ON ")
        .identifier(index.table().name())
        .sql(' ');
    renderer.columnList(index.columns());
    return context.sqlSoFar();
  }

  /** {@code ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY ...}. */
  public String addForeignKey(ForeignKey key) {
    RenderContext context = context();
    context.sql("ALTER TABLE ").identifier(key.table().name()).sql(" ADD ");
    new CreateTableRenderer(ddl, context).foreignKey(key);
    return context.sqlSoFar();
  }

  /**
   * {@code ALTER TABLE t ADD COLUMN ...}: adds {@code column} to its existing table, with its type,
   * default and NOT NULL (a NOT NULL column without a default can only be added to an empty table).
   * Identity columns cannot be added this way.
   */
  public String addColumn(Column<?> column) {
    Table table = column.table();
    if (column.options().identity()) {
      throw new CairnException(
          "Column "
              + column
              + " is an identity column and cannot be added to the existing table "
              + table.name()
              + "; recreate the table or migrate it with a migration tool");
    }
    RenderContext context = context();
    context.sql("ALTER TABLE ").identifier(table.name()).sql(" ADD COLUMN ");
    new CreateTableRenderer(ddl, context).column(table, column);
    return context.sqlSoFar();
  }

  /** {@code ALTER TABLE t DROP COLUMN c}. */
  public String dropColumn(Column<?> column) {
    RenderContext context = context();
    context
        .sql("ALTER TABLE ")
        .identifier(column.table().name())
        .sql(" DROP COLUMN ")
        .identifier(column.name());
    return context.sqlSoFar();
  }

  /** The statement adding {@code unique} to the existing {@code table}. */
  public String addUnique(Table table, UniqueConstraint unique) {
    RenderContext context = context();
    new CreateTableRenderer(ddl, context).keyColumns(unique.name(), unique.columns());
    ddl.renderAddUnique(context, table, unique);
    return context.sqlSoFar();
  }

  /** The statement dropping {@code unique} from {@code table}. */
  public String dropUnique(Table table, UniqueConstraint unique) {
    RenderContext context = context();
    ddl.renderDropUnique(context, table, unique);
    return context.sqlSoFar();
  }

  /** {@code DROP INDEX name} (with {@code ON table} where the database wants it). */
  public String dropIndex(Index index) {
    RenderContext context = context();
    ddl.renderDropIndex(context, index);
    return context.sqlSoFar();
  }

  /** The statement dropping foreign key {@code key} from its table. */
  public String dropForeignKey(ForeignKey key) {
    RenderContext context = context();
    ddl.renderDropForeignKey(context, key);
    return context.sqlSoFar();
  }

  /** {@code DROP TABLE IF EXISTS t}. */
  public String dropTable(Table table) {
    RenderContext context = context();
    ddl.renderDropTable(context, table);
    return context.sqlSoFar();
  }

  /** {@code CREATE SEQUENCE s START WITH n INCREMENT BY m}. */
  public String createSequence(Sequence sequence) {
    requireSequences(sequence);
    RenderContext context = context();
    ddl.renderCreateSequence(context, sequence);
    return context.sqlSoFar();
  }

  /** {@code DROP SEQUENCE IF EXISTS s}. */
  public String dropSequence(Sequence sequence) {
    requireSequences(sequence);
    RenderContext context = context();
    ddl.renderDropSequence(context, sequence);
    return context.sqlSoFar();
  }

  private void requireSequences(Sequence sequence) {
    if (!ddl.supportsSequences()) {
      throw new CairnException(
          "Sequence "
              + sequence.name()
              + " cannot be created: "
              + dialect.name()
              + " has no sequences; use identity() columns instead");
    }
  }

  private RenderContext context() {
    RenderContext context = new RenderContext(dialect);
    context.inlineLiterals(true);
    context.qualifyColumns(false);
    return context;
  }
}
