package dev.cairn.core.schema;

import dev.cairn.core.CairnException;
import dev.cairn.core.schema.SchemaProblem.Kind;
import dev.cairn.core.sql.type.SqlType;
import dev.cairn.core.sql.type.TypeKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compares model tables with the tables reflection read from a database: missing tables and columns
 * (errors), columns of another type family (errors), and nullability and size differences
 * (warnings). A type is judged by family, and by the type the database reports for what Cairn would
 * create ({@link SchemaSource#storedType}), so a UUID in a MySQL {@code CHAR(36)} or a timestamp in
 * SQLite TEXT is no mismatch; a type Cairn knows only by name is not judged.
 */
final class SchemaComparison {

  private final SchemaSource source;
  private final DdlCompiler compiler;

  SchemaComparison(SchemaSource source) {
    this.source = source;
    this.compiler = new DdlCompiler(source.dialect(), source.ddlDialect());
  }

  /** Reads the model's tables that exist from the database and compares them with the model's. */
  List<SchemaProblem> validate(MetaData model) {
    List<String> existing = source.tableNames();
    List<String> present = new ArrayList<>();
    for (Table table : model.tables()) {
      existing.stream().filter(table.name()::equalsIgnoreCase).findFirst().ifPresent(present::add);
    }
    MetaData database = new MetaData();
    if (!present.isEmpty()) {
      source.reflect(database, present);
    }
    return validate(model.tables(), database);
  }

  List<SchemaProblem> validate(List<Table> model, MetaData database) {
    List<SchemaProblem> problems = new ArrayList<>();
    for (Table table : model) {
      Table existing = table(database, table.name());
      if (existing == null) {
        problems.add(
            SchemaProblem.error(
                Kind.MISSING_TABLE,
                table.name(),
                null,
                "missing table " + table.name(),
                "create it in a migration (metaData.diff(engine) writes the DDL), or check the"
                    + " table name and the schema the connection uses"));
        continue;
      }
      for (Column<?> column : table.columns()) {
        Column<?> present = column(existing, column.name());
        if (present == null) {
          problems.add(missingColumn(column));
        } else {
          problems.addAll(columnProblems(column, present));
        }
      }
    }
    return problems;
  }

  private SchemaProblem missingColumn(Column<?> column) {
    String ddl;
    try {
      ddl = compiler.addColumn(column);
    } catch (CairnException identity) {
      ddl = "ALTER TABLE " + column.table().name() + " ADD COLUMN " + column.name() + " ...";
    }
    return SchemaProblem.error(
        Kind.MISSING_COLUMN,
        column.table().name(),
        column.name(),
        "missing column " + column,
        "add it in a migration (" + ddl + "), or check the column name");
  }

  /** The type, nullability and size differences of a column present on both sides. */
  List<SchemaProblem> columnProblems(Column<?> model, Column<?> database) {
    List<SchemaProblem> problems = new ArrayList<>();
    String table = model.table().name();
    SqlType<?> declared = model.type();
    SqlType<?> actual = database.type();
    if (!sameFamily(declared, actual)) {
      problems.add(
          SchemaProblem.error(
              Kind.TYPE_MISMATCH,
              table,
              model.name(),
              isAndWas(model, actual, declared),
              "change the column in a migration, or declare the model's column as the"
                  + " database's type"));
      return problems;
    }
    if (actual.kind() == TypeKind.ENUM
        && actual.typeName() != null
        && !actual.typeName().equals("enum")
        && declared.typeName() == null) {
      problems.add(
          SchemaProblem.warning(
              Kind.TYPE_MISMATCH,
              table,
              model.name(),
              "column "
                  + model
                  + " is of the enum type "
                  + actual.typeName()
                  + " in the database but "
                  + declared
                  + " in the model",
              "declare it SqlTypes.nativeEnum(\""
                  + actual.typeName()
                  + "\") so that values bind"
                  + " as that type and comparisons with it work"));
    }
    SchemaProblem size = size(model, declared, actual);
    if (size != null) {
      problems.add(size);
    }
    boolean generated = database.options().identity() || database.options().serverDefault() != null;
    if (!model.nullable() && database.nullable()) {
      problems.add(
          SchemaProblem.warning(
              Kind.NULLABILITY_MISMATCH,
              table,
              model.name(),
              "column " + model + " accepts NULL in the database but is NOT NULL in the model",
              "add NOT NULL in a migration, or make the model's column nullable; reading a NULL"
                  + " into a primitive field fails"));
    } else if (model.nullable()
        && !database.nullable()
        && !generated
        && !model.generatedOnInsert()) {
      problems.add(
          SchemaProblem.warning(
              Kind.NULLABILITY_MISMATCH,
              table,
              model.name(),
              "column " + model + " is NOT NULL in the database but nullable in the model",
              "declare it notNull() (@Column(nullable = false)), or inserting a row without a"
                  + " value fails"));
    }
    return problems;
  }

  private static @Nullable SchemaProblem size(
      Column<?> model, SqlType<?> declared, SqlType<?> actual) {
    String table = model.table().name();
    if (declared.kind() == TypeKind.VARCHAR || declared.kind() == TypeKind.TEXT) {
      int wanted = declared.kind() == TypeKind.TEXT ? Integer.MAX_VALUE : declared.length();
      if (actual.kind() == TypeKind.VARCHAR && actual.length() < wanted) {
        return SchemaProblem.warning(
            Kind.SIZE_MISMATCH,
            table,
            model.name(),
            "column "
                + model
                + " holds at most "
                + actual.length()
                + " characters in the database"
                + " but "
                + (wanted == Integer.MAX_VALUE ? "any number" : wanted)
                + " in the model",
            "widen the column in a migration, or declare the model's length to match; longer"
                + " values fail");
      }
    }
    if (declared.kind() == TypeKind.NUMERIC
        && actual.kind() == TypeKind.NUMERIC
        && declared.precision() > 0
        && actual.precision() > 0
        && (actual.precision() - actual.scale() < declared.precision() - declared.scale()
            || actual.scale() < declared.scale())) {
      return SchemaProblem.warning(
          Kind.SIZE_MISMATCH,
          table,
          model.name(),
          isAndWas(model, actual, declared),
          "widen the column in a migration, or declare the model's precision to match; values"
              + " that do not fit are rounded or fail");
    }
    return null;
  }

  /** {@code column film.length is SMALLINT in the database but VARCHAR(10) in the model}. */
  private static String isAndWas(Column<?> model, SqlType<?> actual, SqlType<?> declared) {
    return "column "
        + model
        + " is "
        + actual
        + " in the database but "
        + declared
        + " in the model";
  }

  private boolean sameFamily(SqlType<?> declared, SqlType<?> actual) {
    if (TypeFamily.compatible(declared, actual)) {
      return true;
    }
    try {
      return TypeFamily.compatible(source.storedType(declared), actual);
    } catch (CairnException notStorable) {
      return false;
    }
  }

  static @Nullable Table table(MetaData metaData, String name) {
    return metaData.hasTable(name) ? metaData.table(name) : null;
  }

  static @Nullable Column<?> column(Table table, String name) {
    for (Column<?> column : table.columns()) {
      if (column.name().equalsIgnoreCase(name)) {
        return column;
      }
    }
    return null;
  }
}
