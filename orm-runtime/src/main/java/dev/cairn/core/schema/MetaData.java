package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.sql.SqlDialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A collection of tables and sequences that are created and dropped together, as SQLAlchemy's
 * {@code MetaData}. Tables join it through {@link #add(Table...)}, which seals them against further
 * definition; sequences used by their columns join with them.
 *
 * <pre>{@code
 * MetaData metaData = new MetaData().add(users, orders);
 * metaData.createAll(engine);                            // only what does not exist yet
 * List<String> ddl = metaData.createDdl(Dialects.POSTGRESQL);   // print without running
 * }</pre>
 *
 * <p>Tables are created parents first ({@link #sortedTables()}); foreign keys that close a cycle
 * are added with {@code ALTER TABLE} once all tables exist, and dropped first when dropping. Not
 * thread-safe while tables are being added; safe to share once built.
 *
 * <p>Over an existing database, {@link #reflect} reads tables back instead of declaring them,
 * {@link #validate} lists how the database differs from the tables declared here, and {@link #diff}
 * writes the DDL that brings it to them:
 *
 * <pre>{@code
 * MetaData dvd = new MetaData().reflect(engine);            // every table, keys and indexes
 * Table film = dvd.table("film");
 * List<SchemaProblem> problems = model.validate(engine);    // missing tables, columns, types
 * String migration = model.diff(engine).script(false);      // CREATE/ALTER for Flyway
 * }</pre>
 */
public final class MetaData {

  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final Map<String, Sequence> sequences = new LinkedHashMap<>();

  /** An empty MetaData. */
  public MetaData() {}

  /** Adds tables (and the sequences their columns use), sealing their definitions. */
  public MetaData add(Table... newTables) {
    for (Table table : newTables) {
      if (table.asTableAlias() != null) {
        throw new CairnException(
            "MetaData cannot hold "
                + table
                + ", a typed alias; add the table "
                + table.asTableAlias().table().name()
                + " itself (a constructor that adds its table to a MetaData builds aliases that"
                + " fail here: add tables outside their constructor)");
      }
      String key = key(table.name());
      Table existing = tables.get(key);
      if (existing != null && existing != table) {
        throw new CairnException(
            "MetaData already has a table named "
                + existing.name()
                + "; a second table "
                + table.name()
                + " cannot be added. Give it another name");
      }
      table.markUsed();
      tables.put(key, table);
      table.sequences().forEach(this::addSequence);
    }
    return this;
  }

  /** Adds sequences that no column uses (or that are shared). */
  public MetaData add(Sequence... newSequences) {
    for (Sequence sequence : newSequences) {
      addSequence(sequence);
    }
    return this;
  }

  private void addSequence(Sequence sequence) {
    Sequence existing = sequences.putIfAbsent(key(sequence.name()), sequence);
    if (existing != null && !existing.equals(sequence)) {
      throw new CairnException(
          "MetaData has two different sequences named "
              + sequence.name()
              + " ("
              + existing
              + " and "
              + sequence
              + "); use one Sequence object for both");
    }
  }

  /** The tables in the order they were added. */
  public List<Table> tables() {
    return List.copyOf(tables.values());
  }

  /** The table named {@code name} (case-insensitive); a CairnException naming the known tables. */
  public Table table(String name) {
    Table table = tables.get(key(name));
    if (table == null) {
      throw new CairnException(
          "MetaData has no table '" + name + "'; its tables are " + tables.values());
    }
    return table;
  }

  /** Whether a table named {@code name} (case-insensitive) was added. */
  public boolean hasTable(String name) {
    return tables.containsKey(key(name));
  }

  /** The sequences in the order they were added. */
  public List<Sequence> sequences() {
    return List.copyOf(sequences.values());
  }

  /** The tables in foreign-key dependency order: every table after the tables it references. */
  public List<Table> sortedTables() {
    return plan().order();
  }

  /**
   * The foreign keys that close a cycle between tables: created with {@code ALTER TABLE ... ADD
   * CONSTRAINT} after the tables, dropped before them. Empty when there is no cycle.
   */
  public List<ForeignKey> cycleForeignKeys() {
    return plan().deferredInOrder();
  }

  /** The statements {@link #createAll} runs on an empty database, for {@code dialect}. */
  public List<String> createDdl(SchemaDialect dialect) {
    return createDdl(dialect, dialect.ddl());
  }

  /** The statements {@link #createAll} runs on an empty database, for {@code dialect}. */
  public List<String> createDdl(SqlDialect dialect, DdlDialect ddl) {
    return createStatements(new DdlCompiler(dialect, ddl), name -> false, name -> false);
  }

  /** The statements {@link #dropAll} runs when every table exists, for {@code dialect}. */
  public List<String> dropDdl(SchemaDialect dialect) {
    return dropDdl(dialect, dialect.ddl());
  }

  /** The statements {@link #dropAll} runs when every table exists, for {@code dialect}. */
  public List<String> dropDdl(SqlDialect dialect, DdlDialect ddl) {
    return dropStatements(new DdlCompiler(dialect, ddl), name -> true, name -> true);
  }

  /** Creates the sequences and tables that do not exist yet in {@code target}, parents first. */
  public void createAll(SchemaTarget target) {
    List<String> statements =
        createStatements(compiler(target), target::sequenceExists, target::tableExists);
    if (!statements.isEmpty()) {
      target.executeDdl(statements);
    }
  }

  /** Drops the tables and sequences that exist in {@code target}, children first. */
  public void dropAll(SchemaTarget target) {
    List<String> statements =
        dropStatements(compiler(target), target::sequenceExists, target::tableExists);
    if (!statements.isEmpty()) {
      target.executeDdl(statements);
    }
  }

  /** Creates one table (and its sequences) unless it exists; its foreign keys are all inline. */
  public void create(SchemaTarget target, Table table) {
    DdlCompiler compiler = compiler(target);
    List<String> statements = new ArrayList<>();
    for (Sequence sequence : table.sequences()) {
      if (!target.sequenceExists(sequence.name())) {
        statements.add(compiler.createSequence(sequence));
      }
    }
    if (!target.tableExists(table.name())) {
      statements.addAll(compiler.createTable(table));
    }
    if (!statements.isEmpty()) {
      target.executeDdl(statements);
    }
  }

  /** Drops one table if it exists, and the sequences only it uses among this MetaData's tables. */
  public void drop(SchemaTarget target, Table table) {
    DdlCompiler compiler = compiler(target);
    List<String> statements = new ArrayList<>();
    if (target.tableExists(table.name())) {
      statements.add(compiler.dropTable(table));
    }
    Set<Sequence> shared = new HashSet<>();
    for (Table other : tables.values()) {
      if (other != table) {
        shared.addAll(other.sequences());
      }
    }
    for (Sequence sequence : table.sequences()) {
      if (!shared.contains(sequence)
          && compiler.ddl().supportsSequences()
          && target.sequenceExists(sequence.name())) {
        statements.add(compiler.dropSequence(sequence));
      }
    }
    if (!statements.isEmpty()) {
      target.executeDdl(statements);
    }
  }

  /**
   * Reads every base table of {@code source}'s current schema into this MetaData, as SQLAlchemy's
   * {@code MetaData.reflect(engine)}: columns with their Cairn types, nullability, defaults,
   * primary keys, foreign keys, unique constraints and indexes. Tables already here are kept as
   * they are. Returns this MetaData.
   */
  public MetaData reflect(SchemaSource source) {
    source.reflect(this, null);
    return this;
  }

  /**
   * Reads the tables named {@code tableNames}, and those their foreign keys reference, into this
   * MetaData; a CairnException naming the tables that do not exist. Returns this MetaData.
   */
  public MetaData reflect(SchemaSource source, String... tableNames) {
    return reflect(source, List.of(tableNames));
  }

  /** As {@link #reflect(SchemaSource, String...)}, for a collection of names. */
  public MetaData reflect(SchemaSource source, Collection<String> tableNames) {
    source.reflect(this, List.copyOf(tableNames));
    return this;
  }

  /**
   * The table {@code tableName} read from {@code source} (with the tables its foreign keys
   * reference) into this MetaData, as SQLAlchemy's {@code Table(name, metadata,
   * autoload_with=engine)}; the table already here when there is one.
   */
  public Table reflectTable(SchemaSource source, String tableName) {
    return source.reflect(this, List.of(tableName)).get(0);
  }

  /**
   * How {@code source}'s database differs from the tables of this MetaData: missing tables and
   * columns and columns of another type family ({@link SchemaProblem#isError() errors}),
   * nullability and size differences (warnings). Each problem names the table and column and says
   * what to do. Empty when the database matches; tables the database has beyond these are not
   * problems.
   */
  public List<SchemaProblem> validate(SchemaSource source) {
    return new SchemaComparison(source).validate(this);
  }

  /**
   * The DDL that brings {@code source}'s database to this MetaData ({@link SchemaDiff}): missing
   * sequences, tables, columns, unique constraints, indexes and foreign keys, and drops of what the
   * database has beyond them (run only when asked for); changes of type or nullability are
   * reported, not made.
   */
  public SchemaDiff diff(SchemaSource source) {
    return new SchemaDiffer(source).diff(this, sequences());
  }

  /**
   * Creates the missing sequences and tables ({@link #createAll}), then adds the columns existing
   * tables lack, one {@code ALTER TABLE ... ADD COLUMN} at a time; never drops or alters anything.
   * A failure names the column and says what to do.
   */
  public void update(SchemaSource source) {
    createAll(source);
    SchemaUpdate.addMissingColumns(diff(source), source);
  }

  private List<String> createStatements(
      DdlCompiler compiler, Exists sequenceExists, Exists tableExists) {
    SchemaPlan plan = plan();
    plan.requireCyclesSupported(compiler);
    List<String> statements = new ArrayList<>();
    for (Sequence sequence : sequences.values()) {
      if (!sequenceExists.test(sequence.name())) {
        statements.add(compiler.createSequence(sequence));
      }
    }
    Set<Table> created = new HashSet<>();
    for (Table table : plan.order()) {
      if (!tableExists.test(table.name())) {
        statements.addAll(compiler.createTable(table, plan.deferred()));
        created.add(table);
      }
    }
    for (ForeignKey key : plan.deferredInOrder()) {
      if (created.contains(key.table())) {
        statements.add(compiler.addForeignKey(key));
      }
    }
    return statements;
  }

  private List<String> dropStatements(
      DdlCompiler compiler, Exists sequenceExists, Exists tableExists) {
    SchemaPlan plan = plan();
    List<Table> existing = new ArrayList<>();
    for (Table table : plan.order()) {
      if (tableExists.test(table.name())) {
        existing.add(table);
      }
    }
    List<String> statements = new ArrayList<>();
    if (compiler.ddl().supportsAddForeignKey()) {
      for (ForeignKey key : plan.deferredInOrder()) {
        if (existing.contains(key.table()) && existing.contains(key.target())) {
          statements.add(compiler.dropForeignKey(key));
        }
      }
    }
    for (int i = existing.size() - 1; i >= 0; i--) {
      statements.add(compiler.dropTable(existing.get(i)));
    }
    if (compiler.ddl().supportsSequences()) {
      for (Sequence sequence : sequences.values()) {
        if (sequenceExists.test(sequence.name())) {
          statements.add(compiler.dropSequence(sequence));
        }
      }
    }
    return statements;
  }

  private SchemaPlan plan() {
    return SchemaPlan.of(List.copyOf(tables.values()));
  }

  private static DdlCompiler compiler(SchemaTarget target) {
    return new DdlCompiler(target.dialect(), target.ddlDialect());
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Whether a named object exists: the target's answer, or a fixed one for printed DDL. */
  @FunctionalInterface
  private interface Exists {
    boolean test(String name);
  }
}
