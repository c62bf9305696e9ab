package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.SchemaChange.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Works out a {@link SchemaDiff}: compares the model's tables with those reflected from the
 * database and writes the DDL for what is missing, and for what the database has beyond the model
 * (drops). Indexes, unique constraints and foreign keys are matched by their columns (and target),
 * not by name, so differently named but equal objects are no change.
 */
final class SchemaDiffer {

  /** Tables of migration tools, never dropped. */
  private static final Set<String> TOOL_TABLES =
      Set.of("flyway_schema_history", "databasechangelog", "databasechangeloglock");

  private final SchemaSource source;
  private final DdlCompiler compiler;
  private final SchemaComparison comparison;
  private final List<SchemaChange> changes = new ArrayList<>();
  private final List<SchemaProblem> problems = new ArrayList<>();

  SchemaDiffer(SchemaSource source) {
    this.source = source;
    this.compiler = new DdlCompiler(source.dialect(), source.ddlDialect());
    this.comparison = new SchemaComparison(source);
  }

  SchemaDiff diff(MetaData model, List<Sequence> sequences) {
    MetaData database = new MetaData();
    source.reflect(database, null);
    for (Sequence sequence : sequences) {
      if (compiler.ddl().supportsSequences() && !source.sequenceExists(sequence.name())) {
        add(
            Kind.CREATE_SEQUENCE,
            sequence.name(),
            sequence.name(),
            compiler.createSequence(sequence));
      }
    }
    SchemaPlan plan = SchemaPlan.of(model.tables());
    List<Table> created = new ArrayList<>();
    for (Table table : plan.order()) {
      Table existing = SchemaComparison.table(database, table.name());
      if (existing == null) {
        created.add(table);
      } else {
        compare(table, existing);
      }
    }
    if (!created.isEmpty()) {
      plan.requireCyclesSupported(compiler);
    }
    List<SchemaChange> creates = new ArrayList<>();
    for (Table table : created) {
      List<String> statements = compiler.createTable(table, plan.deferred());
      creates.add(change(Kind.CREATE_TABLE, table, table.name(), statements.get(0)));
      for (int i = 1; i < statements.size(); i++) {
        Index index = table.indexes().get(i - 1);
        creates.add(change(Kind.CREATE_INDEX, table, index.name(), statements.get(i)));
      }
    }
    for (ForeignKey key : plan.deferredInOrder()) {
      if (created.contains(key.table())) {
        add(Kind.ADD_FOREIGN_KEY, key.table().name(), key.name(), compiler.addForeignKey(key));
      }
    }
    dropTables(model, database);
    List<SchemaChange> ordered = new ArrayList<>(changes);
    ordered.sort(Comparator.comparing(SchemaChange::kind));
    int firstAfterCreates = 0;
    while (firstAfterCreates < ordered.size()
        && ordered.get(firstAfterCreates).kind() == Kind.CREATE_SEQUENCE) {
      firstAfterCreates++;
    }
    ordered.addAll(firstAfterCreates, creates);
    return new SchemaDiff(source.dialect().name(), ordered, problems);
  }

  private void compare(Table model, Table database) {
    for (Column<?> column : model.columns()) {
      Column<?> present = SchemaComparison.column(database, column.name());
      if (present == null) {
        addColumn(column);
      } else {
        problems.addAll(comparison.columnProblems(column, present));
      }
    }
    for (Column<?> column : database.columns()) {
      if (SchemaComparison.column(model, column.name()) == null) {
        add(Kind.DROP_COLUMN, model.name(), column.name(), compiler.dropColumn(column));
      }
    }
    if (!sameColumns(model.primaryKey(), database.primaryKey())) {
      problems.add(
          SchemaProblem.warning(
              SchemaProblem.Kind.UNSUPPORTED_CHANGE,
              model.name(),
              null,
              "the primary key of "
                  + model.name()
                  + " is "
                  + Names.columnList(database.primaryKey())
                  + " in the database but "
                  + Names.columnList(model.primaryKey())
                  + " in the model",
              "change the key in a migration by hand; Cairn does not rewrite primary keys"));
    }
    compareUniques(model, database);
    compareIndexes(model, database);
    compareForeignKeys(model, database);
  }

  private void addColumn(Column<?> column) {
    if (column.options().identity()) {
      problems.add(
          SchemaProblem.error(
              SchemaProblem.Kind.UNSUPPORTED_CHANGE,
              column.table().name(),
              column.name(),
              "missing identity column " + column,
              "an identity column cannot be added to an existing table; recreate the table in a"
                  + " migration"));
      return;
    }
    String note =
        !column.nullable() && column.options().serverDefault() == null
            ? "NOT NULL without a default: fails if "
                + column.table().name()
                + " has rows; give it"
                + " a server default, or fill it in a migration"
            : null;
    changes.add(
        new SchemaChange(
            Kind.ADD_COLUMN,
            column.table().name(),
            column.name(),
            compiler.addColumn(column),
            note));
  }

  private void compareUniques(Table model, Table database) {
    for (UniqueConstraint unique : model.uniqueConstraints()) {
      if (!hasUnique(database, unique.columns())) {
        add(Kind.ADD_UNIQUE, model.name(), unique.name(), compiler.addUnique(model, unique));
      }
    }
    for (UniqueConstraint unique : database.uniqueConstraints()) {
      if (!hasUnique(model, unique.columns())) {
        drop(
            Kind.DROP_UNIQUE, database, unique.name(), () -> compiler.dropUnique(database, unique));
      }
    }
  }

  private void compareIndexes(Table model, Table database) {
    for (Index index : model.indexes()) {
      boolean present =
          database.indexes().stream().anyMatch(other -> sameIndex(index, other))
              || (index.unique() && hasUnique(database, index.columns()));
      if (!present) {
        add(Kind.CREATE_INDEX, model.name(), index.name(), compiler.createIndex(index));
      }
    }
    for (Index index : database.indexes()) {
      boolean wanted =
          model.indexes().stream().anyMatch(other -> sameIndex(index, other))
              || (index.unique() && hasUnique(model, index.columns()));
      if (!wanted) {
        drop(Kind.DROP_INDEX, database, index.name(), () -> compiler.dropIndex(index));
      }
    }
  }

  private void compareForeignKeys(Table model, Table database) {
    for (ForeignKey key : model.foreignKeys()) {
      if (database.foreignKeys().stream().noneMatch(other -> sameKey(key, other))) {
        if (compiler.ddl().supportsAddForeignKey()) {
          add(Kind.ADD_FOREIGN_KEY, model.name(), key.name(), compiler.addForeignKey(key));
        } else {
          problems.add(
              SchemaProblem.error(
                  SchemaProblem.Kind.UNSUPPORTED_CHANGE,
                  model.name(),
                  null,
                  "missing foreign key " + key.describe(),
                  source.dialect().name()
                      + " cannot add a foreign key to an existing table;"
                      + " recreate table "
                      + model.name()
                      + " with it in a migration"));
        }
      }
    }
    for (ForeignKey key : database.foreignKeys()) {
      if (model.foreignKeys().stream().noneMatch(other -> sameKey(key, other))) {
        drop(Kind.DROP_FOREIGN_KEY, database, key.name(), () -> compiler.dropForeignKey(key));
      }
    }
  }

  private void dropTables(MetaData model, MetaData database) {
    List<Table> dropped = new ArrayList<>();
    for (Table table : database.tables()) {
      if (!model.hasTable(table.name())
          && !TOOL_TABLES.contains(table.name().toLowerCase(Locale.ROOT))) {
        dropped.add(table);
      }
    }
    List<Table> order = SchemaPlan.of(dropped).order();
    for (int i = order.size() - 1; i >= 0; i--) {
      Table table = order.get(i);
      add(Kind.DROP_TABLE, table.name(), table.name(), compiler.dropTable(table));
    }
  }

  /** A drop, or a problem when the dialect cannot drop it on its own. */
  private void drop(Kind kind, Table table, String name, DdlSupplier ddl) {
    try {
      add(kind, table.name(), name, ddl.get());
    } catch (CairnException cannot) {
      problems.add(
          SchemaProblem.warning(
              SchemaProblem.Kind.UNSUPPORTED_CHANGE,
              table.name(),
              null,
              "the database has " + name + ", which the model does not",
              cannot.getMessage()));
    }
  }

  private void add(Kind kind, String table, String name, String sql) {
    changes.add(new SchemaChange(kind, table, name, sql, null));
  }

  private static SchemaChange change(Kind kind, Table table, String name, String sql) {
    return new SchemaChange(kind, table.name(), name, sql, null);
  }

  private static boolean hasUnique(Table table, List<Column<?>> columns) {
    return table.uniqueConstraints().stream().anyMatch(u -> sameColumns(u.columns(), columns))
        || table.indexes().stream().anyMatch(i -> i.unique() && sameColumns(i.columns(), columns))
        || sameColumns(table.primaryKey(), columns);
  }

  private static boolean sameIndex(Index a, Index b) {
    return a.unique() == b.unique() && sameColumns(a.columns(), b.columns());
  }

  private static boolean sameKey(ForeignKey a, ForeignKey b) {
    return a.target().name().equalsIgnoreCase(b.target().name())
        && sameColumns(a.columns(), b.columns())
        && sameColumns(a.targetColumns(), b.targetColumns());
  }

  private static boolean sameColumns(List<Column<?>> a, List<Column<?>> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).name().equalsIgnoreCase(b.get(i).name())) {
        return false;
      }
    }
    return true;
  }

  /** DDL that may be refused by the dialect. */
  @FunctionalInterface
  private interface DdlSupplier {
    String get();
  }
}
